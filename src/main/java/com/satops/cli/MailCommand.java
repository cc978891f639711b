package com.satops.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code satops mail ...}: the outbox by hand. */
@Command(name = "mail", mixinStandardHelpOptions = true, description = "Mails in the outbox.",
        subcommands = {MailResendCommand.class, CommandLine.HelpCommand.class})
public class MailCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a mail command is required: resend");
    }
}
