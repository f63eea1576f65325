package org.divelive.client.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.divelive.math.autograd.Scalar;

/**
 * Where each node of a computational graph is drawn: in columns by depth, inputs on the left, the output on the
 * right. An operation's column is one past its deepest input; an input (a leaf) sits just left of the first
 * operation that uses it, so b and y do not stretch across the whole picture. Within a column each node goes to the
 * mean height of the nodes it feeds (its k-th input slot slightly apart), then nodes are pushed apart to a minimum gap.
 */
final class GraphLayout {
    static final double BOX_WIDTH = 124;
    static final double BOX_HEIGHT = 60;
    static final double COLUMN_GAP = 56;
    static final double ROW_GAP = 18;
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
        int[] column = columns();
        int last = column[n - 1];
        for (int i = 0; i < n; i++) {
            x[i] = MARGIN + column[i] * (BOX_WIDTH + COLUMN_GAP);
        }
        width = 2 * MARGIN + (last + 1) * BOX_WIDTH + last * COLUMN_GAP;
        placeRows(column, last);
    }

    private int[] columns() {
        int n = nodes.size();
        int[] column = new int[n];
        for (int i = 0; i < n; i++) {
            for (Scalar input : nodes.get(i).inputs()) {
                column[i] = Math.max(column[i], column[index.get(input)] + 1);
            }
        }
        // leaves: one column left of their first user
        for (int i = 0; i < n; i++) {
            if (nodes.get(i).inputs().isEmpty()) {
                int users = Integer.MAX_VALUE;
                for (int j = 0; j < n; j++) {
                    if (nodes.get(j).inputs().contains(nodes.get(i))) {
                        users = Math.min(users, column[j]);
                    }
                }
                column[i] = users == Integer.MAX_VALUE ? 0 : users - 1;
            }
        }
        return column;
    }

    private void placeRows(int[] column, int last) {
        int n = nodes.size();
        double pitch = BOX_HEIGHT + ROW_GAP;
        y[n - 1] = 0;
        for (int c = last - 1; c >= 0; c--) {
            List<Integer> members = new ArrayList<>();
            double[] wanted = new double[n];
            for (int i = 0; i < n; i++) {
                if (column[i] == c) {
                    members.add(i);
                    wanted[i] = wantedHeight(i, column, pitch);
                }
            }
            members.sort((a, b) -> Double.compare(wanted[a], wanted[b]));
            double previous = -Double.MAX_VALUE;
            double shift = 0;
            for (int i : members) {
                y[i] = Math.max(wanted[i], previous + pitch);
                previous = y[i];
                shift += y[i] - wanted[i];
            }
            // pushing apart only moves nodes down: move the column back up by the mean push
            for (int i : members) {
                y[i] -= shift / members.size();
            }
        }
        double top = Arrays.stream(y).min().orElse(0);
        double bottom = Arrays.stream(y).max().orElse(0);
        for (int i = 0; i < n; i++) {
            y[i] += MARGIN - top;
        }
        height = 2 * MARGIN + (bottom - top) + BOX_HEIGHT;
    }

    /** The mean height of the slots this node fills: input k of a node with m inputs sits (k − (m−1)/2)·pitch/2 off. */
    private double wantedHeight(int node, int[] column, double pitch) {
        double sum = 0;
        int count = 0;
        for (int j = 0; j < nodes.size(); j++) {
            List<Scalar> inputs = nodes.get(j).inputs();
            for (int k = 0; k < inputs.size(); k++) {
                if (inputs.get(k) == nodes.get(node) && column[j] > column[node]) {
                    sum += y[j] + (k - (inputs.size() - 1) / 2.0) * pitch / 2;
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
