package org.evwb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;

/** {@link ColdStartBenchmark}'s JVM + Jackson reference: parses one JSON file to a tree and prints its field count. */
public final class JacksonParse {

    private JacksonParse() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode root = new ObjectMapper().readTree(new File(args[0]));
        System.out.println(root.size());
    }
}
