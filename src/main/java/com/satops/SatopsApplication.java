package com.satops;

import com.satops.cli.SatopsCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SatopsApplication {

    /** The embedded database's shared-access server listens on loopback only, unless told otherwise. */
    private static final String H2_BIND_ADDRESS = "h2.bindAddress";

    public static void main(String[] args) {
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
        System.exit(SatopsCli.execute(args));
    }
}
