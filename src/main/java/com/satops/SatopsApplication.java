package com.satops;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SatopsApplication {
}
