package com.satops.web;

import com.satops.common.run.AlreadyRunningException;
import com.satops.service.ConflictException;
import com.satops.service.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A console action the service refuses shows the service's sentence on a page, with the status it means. */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
public class ConsoleErrors {

    private final ConsoleModel layout;

    public ConsoleErrors(ConsoleModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(NotFoundException.class)
    public ModelAndView notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response,
                                 Authentication user, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), request, response, user, locale);
    }

    @ExceptionHandler({ConflictException.class, AlreadyRunningException.class, IllegalStateException.class,
            IllegalArgumentException.class})
    public ModelAndView conflict(RuntimeException e, HttpServletRequest request, HttpServletResponse response,
                                 Authentication user, Locale locale) {
        HttpStatus status = e instanceof IllegalArgumentException ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        return problem(status, e.getMessage(), request, response, user, locale);
    }

    private ModelAndView problem(HttpStatus status, String message, HttpServletRequest request,
                                 HttpServletResponse response, Authentication user, Locale locale) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("console/problem");
        page.setStatus(status);
        page.addObject("message", message);
        page.addObject("operator", layout.operator(user));
        page.addObject("userName", layout.userName(user));
        page.addObject("currentPath", layout.currentPath(request));
        page.addObject("english", layout.english(locale));
        return page;
    }
}
