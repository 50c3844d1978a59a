package org.evwb.bench;

/** The bare JVM of {@link ColdStartBenchmark}: starts, prints one line, ends. */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
