package com.satops.common.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** This process as a lease names it: host, pid, and an id no other process ever had. */
public record ProcessIdentity(String host, long pid, String id) {

    public static ProcessIdentity current() {
        return new ProcessIdentity(hostName(), ProcessHandle.current().pid(), UUID.randomUUID().toString());
    }

    /** Only a process on this host can be looked up by pid. */
    public boolean deadOnThisHost(String otherHost, long otherPid) {
        return host.equals(otherHost) && ProcessHandle.of(otherPid).map(p -> !p.isAlive()).orElse(true);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // A host without a resolvable name is still one host: its leases stay comparable.
            return "localhost";
        }
    }
}
