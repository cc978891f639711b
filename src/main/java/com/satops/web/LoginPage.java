package com.satops.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security takes its POST. */
@Controller
public class LoginPage {

    @GetMapping("/login")
    public String login() {
        return "console/login";
    }
}
