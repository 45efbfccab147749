package com.clientele.bench;

import org.springframework.context.ConfigurableApplicationContext;

final class MemoryBenchmark {

    MemoryBenchmark(ConfigurableApplicationContext context, String busyEmail) {
    }

    int run() {
        return 0;
    }
}
