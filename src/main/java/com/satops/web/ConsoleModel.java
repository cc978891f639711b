package com.satops.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's layout needs: who is signed in, whether they may act, which language is on. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
public class ConsoleModel {

    @ModelAttribute("operator")
    public boolean operator(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + ConsoleSecurityConfiguration.OPERATOR)::equals);
    }

    @ModelAttribute("userName")
    public String userName(Authentication authentication) {
        return authentication == null ? null : authentication.getName();
    }

    /** The page's own path, so the language switch stays on the page. */
    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("english")
    public boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
