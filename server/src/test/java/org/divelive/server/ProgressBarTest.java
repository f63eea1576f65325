package org.divelive.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void theBarShowsTheFractionDoneAndWhereTheRunIs() {
        assertEquals("[#########.....................]  31% step 730/2350 epoch 4/10 loss 0.4123",
                ProgressBar.render(730, 2350, 4, 10, 0.41234));
        assertEquals("[##############################] 100% step 10/10 epoch 1/1 loss 0.0000",
                ProgressBar.render(10, 10, 1, 1, 0));
    }
}
