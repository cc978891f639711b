package com.satops.visits;

import java.util.List;

/**
 * People of one group taking households in turn (by 工号), each until their quota is used up.
 */
final class TurnTaking {

    private final List<Assignee> people;
    private final int[] left;
    private int next;
    private int leftInTotal;

    TurnTaking(List<Assignee> people) {
        this.people = List.copyOf(people);
        this.left = new int[this.people.size()];
        for (int i = 0; i < left.length; i++) {
            left[i] = this.people.get(i).quota();
            leftInTotal += left[i];
        }
    }

    /** The person whose turn it is, or null when every quota of the group is used up. */
    Assignee take() {
        if (leftInTotal == 0) {
            return null;
        }
        while (left[next] == 0) {
            next = (next + 1) % left.length;
        }
        int taker = next;
        left[taker]--;
        leftInTotal--;
        next = (taker + 1) % left.length;
        return people.get(taker);
    }
}
