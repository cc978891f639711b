package com.satops.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lays out the projects: splits the households over them unevenly, builds each
 * estate from high-rises with units, walk-ups and unit-less apartment blocks,
 * and groups consecutive buildings into zones of about 300 homes, one steward's
 * round.
 */
final class EstatePlanner {

    static final int ZONE_TARGET = 300;

    private final SplittableRandom random;

    EstatePlanner(SplittableRandom random) {
        this.random = random;
    }

    List<ProjectLayout> plan(int households, int projects) {
        int[] shares = split(households, projects);
        List<ProjectLayout> layouts = new ArrayList<>(projects);
        for (int p = 0; p < projects; p++) {
            layouts.add(layout(p, shares[p]));
        }
        return layouts;
    }

    /** Project sizes within ±25 % of the mean, summing exactly to the total, none empty. */
    private int[] split(int households, int projects) {
        double[] weights = new double[projects];
        double total = 0;
        for (int p = 0; p < projects; p++) {
            weights[p] = 0.75 + 0.5 * random.nextDouble();
            total += weights[p];
        }
        int[] shares = new int[projects];
        int assigned = 0;
        for (int p = 0; p < projects; p++) {
            shares[p] = Math.max(1, (int) Math.floor(households * weights[p] / total));
            assigned += shares[p];
        }
        int p = 0;
        while (assigned != households) {
            int step = assigned < households ? 1 : -1;
            if (shares[p] + step >= 1) {
                shares[p] += step;
                assigned += step;
            }
            p = (p + 1) % projects;
        }
        return shares;
    }

    private ProjectLayout layout(int index, int households) {
        ProjectCatalog.ProjectName name = ProjectCatalog.project(index);
        // Many estates leave out building numbers ending in 4 (四 sounds like 死); half of ours do.
        boolean skipsFours = index % 2 == 0;
        List<Building> buildings = new ArrayList<>();
        List<Integer> zoneSizes = new ArrayList<>();
        int listed = 0;
        int number = 0;
        int zone = 0;
        int zoneSize = 0;
        while (listed < households) {
            number++;
            if (skipsFours && number % 10 == 4) {
                number++;
            }
            Building shape = shape(number);
            int homes = Math.min(shape.capacity(), households - listed);
            // Close the zone before a building that would take it well past a steward's round.
            if (zoneSize > 0 && zoneSize + homes / 2 > ZONE_TARGET) {
                zoneSizes.add(zoneSize);
                zone++;
                zoneSize = 0;
            }
            buildings.add(new Building(number, shape.units(), shape.floors(), shape.roomsPerFloor(), homes, zone));
            zoneSize += homes;
            listed += homes;
        }
        zoneSizes.add(zoneSize);
        return new ProjectLayout(index, name.code(), name.name(), buildings, households,
                zoneSizes.stream().mapToInt(Integer::intValue).toArray());
    }

    private Building shape(int number) {
        double kind = random.nextDouble();
        if (kind < 0.65) {
            // High-rise: one to three units, two homes per floor per unit.
            int units = 1 + random.nextInt(3);
            return new Building(number, units, 11 + random.nextInt(23), 2, 0, 0);
        }
        if (kind < 0.85) {
            // Walk-up (多层) without a lift: six or seven floors.
            int units = 2 + random.nextInt(3);
            return new Building(number, units, 6 + random.nextInt(2), 2, 0, 0);
        }
        // Apartment block numbered by floor and door only (12-0801).
        return new Building(number, 0, 8 + random.nextInt(11), 4 + random.nextInt(5), 0, 0);
    }
}
