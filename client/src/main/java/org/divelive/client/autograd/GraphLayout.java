package org.divelive.client.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.divelive.math.lessons.autograd.Scalar;

/**
 * Where each node of a computational graph is drawn: in rows by depth, inputs at the top, the output at the bottom
 * (rows keep the picture narrow enough for a lesson's row). An operation's row is one below its deepest input; an
 * input (a leaf) sits just above the first operation that uses it, so b and y do not stretch across the whole
 * picture. Within a row each node goes to the mean position of the nodes it feeds (its k-th input slot slightly
 * apart), then nodes are pushed apart to a minimum gap.
 */
final class GraphLayout {
    static final double BOX_WIDTH = 124;
    static final double BOX_HEIGHT = 60;
    static final double ROW_GAP = 44;
    static final double SLOT_GAP = 16;
    static final double MARGIN = 12;

    private final List<Scalar> nodes;
    private final Map<Scalar, Integer> index = new IdentityHashMap<>();
    private final double[] x;
    private final double[] y;
    private double width;
    private double height;

    /** @param nodes the graph in topological order (inputs first, the output last), as BackwardPass gives it */
    GraphLayout(List<Scalar> nodes) {
        this.nodes = nodes;
        int n = nodes.size();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i), i);
        }
        this.x = new double[n];
        this.y = new double[n];
        int[] row = rows();
        int last = row[n - 1];
        for (int i = 0; i < n; i++) {
            y[i] = MARGIN + row[i] * (BOX_HEIGHT + ROW_GAP);
        }
        height = 2 * MARGIN + (last + 1) * BOX_HEIGHT + last * ROW_GAP;
        placeAlongRows(row, last);
    }

    private int[] rows() {
        int n = nodes.size();
        int[] row = new int[n];
        for (int i = 0; i < n; i++) {
            for (Scalar input : nodes.get(i).inputs()) {
                row[i] = Math.max(row[i], row[index.get(input)] + 1);
            }
        }
        // leaves: one row above their first user
        for (int i = 0; i < n; i++) {
            if (nodes.get(i).inputs().isEmpty()) {
                int users = Integer.MAX_VALUE;
                for (int j = 0; j < n; j++) {
                    if (nodes.get(j).inputs().contains(nodes.get(i))) {
                        users = Math.min(users, row[j]);
                    }
                }
                row[i] = users == Integer.MAX_VALUE ? 0 : users - 1;
            }
        }
        return row;
    }

    private void placeAlongRows(int[] row, int last) {
        int n = nodes.size();
        double pitch = BOX_WIDTH + SLOT_GAP;
        x[n - 1] = 0;
        for (int r = last - 1; r >= 0; r--) {
            List<Integer> members = new ArrayList<>();
            double[] wanted = new double[n];
            for (int i = 0; i < n; i++) {
                if (row[i] == r) {
                    members.add(i);
                    wanted[i] = wantedPosition(i, row, pitch);
                }
            }
            members.sort((a, b) -> Double.compare(wanted[a], wanted[b]));
            double previous = -Double.MAX_VALUE;
            double shift = 0;
            for (int i : members) {
                x[i] = Math.max(wanted[i], previous + pitch);
                previous = x[i];
                shift += x[i] - wanted[i];
            }
            // pushing apart only moves nodes right: move the row back left by the mean push
            for (int i : members) {
                x[i] -= shift / members.size();
            }
        }
        double left = Arrays.stream(x).min().orElse(0);
        double right = Arrays.stream(x).max().orElse(0);
        for (int i = 0; i < n; i++) {
            x[i] += MARGIN - left;
        }
        width = 2 * MARGIN + (right - left) + BOX_WIDTH;
    }

    /** The mean position of the slots this node fills: input k of a node with m inputs sits (k − (m−1)/2)·pitch/2 off. */
    private double wantedPosition(int node, int[] row, double pitch) {
        double sum = 0;
        int count = 0;
        for (int j = 0; j < nodes.size(); j++) {
            List<Scalar> inputs = nodes.get(j).inputs();
            for (int k = 0; k < inputs.size(); k++) {
                if (inputs.get(k) == nodes.get(node) && row[j] > row[node]) {
                    sum += x[j] + (k - (inputs.size() - 1) / 2.0) * pitch / 2;
                    count++;
                }
            }
        }
        return count > 0 ? sum / count : 0;
    }

    int indexOf(Scalar node) {
        return index.get(node);
    }

    double x(int node) {
        return x[node];
    }

    double y(int node) {
        return y[node];
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }
}
