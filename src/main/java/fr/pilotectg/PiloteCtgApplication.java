package fr.pilotectg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Pilote CTG: one deployable, split into Spring Modulith application modules (see README). */
@SpringBootApplication
@Modulithic(systemName = "Pilote CTG", sharedModules = "shared")
public class PiloteCtgApplication {

    public static void main(String[] args) {
        SpringApplication.run(PiloteCtgApplication.class, args);
    }
}
