package com.satops.common.run;

import java.util.concurrent.CompletableFuture;

/** A run handed to a worker: its execution id at once, its summary when it ends. */
public record RunStarted(long executionId, RunParameters parameters, CompletableFuture<RunSummary> finished) {
}
