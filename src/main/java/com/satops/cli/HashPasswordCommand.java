package com.satops.cli;

import java.io.Console;
import java.util.concurrent.Callable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Print the {bcrypt} hash of a password for satops.security.users[i].password.",
                "Reads the password from the terminal without echo, or one line from standard input."})
public class HashPasswordCommand implements Callable<Integer> {

    @Option(names = "--stdin", description = "Read the password as one line from standard input")
    boolean stdin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        String password = read();
        if (password == null || password.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no password given");
        }
        spec.commandLine().getOut().println("{bcrypt}" + new BCryptPasswordEncoder().encode(password));
        spec.commandLine().getOut().flush();
        return SatopsCli.COMPLETED;
    }

    private String read() throws java.io.IOException {
        Console console = System.console();
        if (!stdin && console != null) {
            char[] typed = console.readPassword("password: ");
            return typed == null ? null : new String(typed);
        }
        return new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.StandardCharsets.UTF_8)).readLine();
    }
}
