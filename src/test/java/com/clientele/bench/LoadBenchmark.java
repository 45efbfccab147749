package com.clientele.bench;

import org.springframework.context.ConfigurableApplicationContext;

final class LoadBenchmark {

    LoadBenchmark(ConfigurableApplicationContext context, String busyEmail) {
    }

    int run() {
        return 0;
    }
}
