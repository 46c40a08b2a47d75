package org.worldbench.engine.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeededRandomTest {

    /**
     * Golden vectors: the first five outputs of the published JavaScript mulberry32
     * ({@code (t ^ t >>> 14) >>> 0}) for each seed, computed with Node.js.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0;1144304738,1416247,958946056,627933444,2007157716",
        "1;2693262067,11749833,2265367787,4213581821,4159151403",
        "42;2581720956,1925393290,3661312704,2876485805,750819978",
        "2147483647;1842962257,546041740,1654754255,1702490205,513796057",
        "4294967295;3850105811,813802916,3073704848,4054706436,3630262831",
    })
    void matchesPublishedAlgorithm(long seed, String expectedCsv) {
        long[] expected = java.util.Arrays.stream(expectedCsv.split(",")).mapToLong(Long::parseLong).toArray();
        SeededRandom rng = new SeededRandom(seed);
        long[] actual = IntStream.range(0, expected.length).mapToLong(i -> rng.nextUnsignedInt()).toArray();
        assertArrayEquals(expected, actual);
    }

    @Test
    void negativeSeedIsItsLow32Bits() {
        SeededRandom negative = new SeededRandom(-1);
        SeededRandom unsigned = new SeededRandom(4294967295L);
        for (int i = 0; i < 100; i++) {
            assertEquals(unsigned.nextInt(), negative.nextInt());
        }
    }

    @Test
    void randomIsOutputOverTwoToThe32() {
        assertEquals(0.6011037519201636, new SeededRandom(42).random(), 0.0);
    }

    @Test
    void stateSaveAndRestoreContinuesTheSequence() {
        SeededRandom rng = new SeededRandom(7);
        for (int i = 0; i < 13; i++) {
            rng.nextInt();
        }
        long saved = rng.getState();
        int[] firstRun = IntStream.range(0, 20).map(i -> rng.nextInt()).toArray();
        rng.setState(saved);
        int[] secondRun = IntStream.range(0, 20).map(i -> rng.nextInt()).toArray();
        assertArrayEquals(firstRun, secondRun);
    }

    @Test
    void randomIntStaysInRangeAndHitsBothEnds() {
        SeededRandom rng = new SeededRandom(3);
        boolean sawMin = false;
        boolean sawMax = false;
        for (int i = 0; i < 10_000; i++) {
            int v = rng.randomInt(-3, 4);
            assertTrue(v >= -3 && v <= 4, "out of range: " + v);
            sawMin |= v == -3;
            sawMax |= v == 4;
        }
        assertTrue(sawMin && sawMax);
        assertEquals(5, rng.randomInt(5, 5));
        assertThrows(IllegalArgumentException.class, () -> rng.randomInt(2, 1));
        int full = rng.randomInt(Integer.MIN_VALUE, Integer.MAX_VALUE);
        assertTrue(full >= Integer.MIN_VALUE);
    }

    /** Chi-square over 20 buckets: 19 degrees of freedom, critical value 43.82 at p = 0.001. */
    @ParameterizedTest
    @CsvSource({"0", "1", "12345", "4294967295"})
    void randomIsUniformByChiSquare(long seed) {
        SeededRandom rng = new SeededRandom(seed);
        int buckets = 20;
        int samples = 200_000;
        long[] counts = new long[buckets];
        for (int i = 0; i < samples; i++) {
            counts[(int) (rng.random() * buckets)]++;
        }
        double expected = (double) samples / buckets;
        double chiSquare = 0;
        for (long c : counts) {
            chiSquare += (c - expected) * (c - expected) / expected;
        }
        assertTrue(chiSquare < 43.82, "chi-square " + chiSquare + " for seed " + seed);
    }

    @Test
    void randomIntIsUniformByChiSquare() {
        SeededRandom rng = new SeededRandom(99);
        int[] counts = new int[7];
        int samples = 70_000;
        for (int i = 0; i < samples; i++) {
            counts[rng.randomInt(0, 6)]++;
        }
        double expected = samples / 7.0;
        double chi = 0;
        for (int c : counts) {
            chi += (c - expected) * (c - expected) / expected;
        }
        assertTrue(chi < 22.46, "chi-square " + chi); // 6 dof, p = 0.001
    }

    @Test
    void choiceShuffleAndWeightedChoice() {
        SeededRandom rng = new SeededRandom(11);
        List<String> items = List.of("a", "b", "c", "d");
        assertTrue(items.contains(rng.choice(items)));
        assertThrows(IllegalArgumentException.class, () -> rng.choice(List.of()));

        List<Integer> deck = new ArrayList<>(IntStream.range(0, 50).boxed().toList());
        rng.shuffle(deck);
        assertEquals(IntStream.range(0, 50).boxed().toList(), deck.stream().sorted().toList());
        assertNotEquals(IntStream.range(0, 50).boxed().toList(), deck);

        int[] hits = new int[3];
        double[] weights = {1, 0, 3};
        for (int i = 0; i < 40_000; i++) {
            hits[List.of(0, 1, 2).indexOf(rng.weightedChoice(List.of(0, 1, 2), weights))]++;
        }
        assertEquals(0, hits[1], "zero weight must never be chosen");
        double ratio = hits[2] / (double) hits[0];
        assertTrue(ratio > 2.8 && ratio < 3.2, "weight ratio " + ratio);
        assertThrows(IllegalArgumentException.class, () -> rng.weightedChoice(List.of(1), new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> rng.weightedChoice(List.of(1), new double[] {-1}));
    }

    @Test
    void probabilityAndGaussian() {
        SeededRandom rng = new SeededRandom(5);
        assertFalse(rng.probability(0));
        assertTrue(rng.probability(1));
        int yes = 0;
        for (int i = 0; i < 20_000; i++) {
            yes += rng.probability(0.3) ? 1 : 0;
        }
        assertEquals(0.3, yes / 20_000.0, 0.02);

        double sum = 0;
        double sumSq = 0;
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            double g = rng.gaussian(10, 2);
            sum += g;
            sumSq += g * g;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumSq / n - mean * mean);
        assertEquals(10, mean, 0.05);
        assertEquals(2, sd, 0.05);
    }
}
