package com.satops;

import com.satops.cli.SatopsCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SatopsApplication {

    public static void main(String[] args) {
        System.exit(SatopsCli.execute(args));
    }
}
