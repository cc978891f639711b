package com.satops.common.run;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides, through the database, that one run of a job and parameters is under
 * way at a time across every process: the lease row is inserted (unique run key)
 * in a transaction of its own before the job is launched, refreshed while it
 * runs and deleted when it ends. A lease is taken over only when its owner is
 * dead: its heartbeat is older than the timeout, or it names a pid of this host
 * that no longer runs. A live owner's run is never touched. The heartbeat only
 * writes while this process holds a lease: an idle process leaves the database alone.
 */
@Component
@EnableConfigurationProperties(RunLeaseProperties.class)
public class RunLeases implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunLeases.class);

    private final RunLeaseMapper mapper;
    private final Clock clock;
    private final RunLeaseProperties properties;
    private final TransactionTemplate ownTransaction;
    private final ProcessIdentity self = ProcessIdentity.current();
    private final ScheduledExecutorService heartbeat;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    public RunLeases(RunLeaseMapper mapper, Clock clock, RunLeaseProperties properties,
                     PlatformTransactionManager transactionManager) {
        this.mapper = mapper;
        this.clock = clock;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "satops-lease-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.heartbeatInterval().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Takes the lease of this run or throws {@link AlreadyRunningException} naming who holds it. */
    public void acquire(String job, String runKey) {
        LocalDateTime now = LocalDateTime.now(clock);
        RunLease mine = new RunLease(runKey, job, null, self.host(), self.pid(), self.id(), now, now);
        for (int attempt = 0; attempt < 2; attempt++) {
            if (tryInsert(mine)) {
                held.add(runKey);
                return;
            }
            RunLease holder = ownTransaction.execute(status -> mapper.find(runKey));
            if (holder == null) {
                continue;
            }
            if (!isDead(holder)) {
                throw new AlreadyRunningException(job, holder.startedAt(), holder.executionId(), holder.ownerHost(),
                        holder.ownerPid());
            }
            log.warn("Run {} was left by a process that died ({}, pid {}, last heartbeat {}); taking it over",
                    runKey, holder.ownerHost(), holder.ownerPid(), holder.heartbeatAt());
            ownTransaction.executeWithoutResult(status ->
                    mapper.removeDead(runKey, holder.ownerId(), holder.heartbeatAt()));
        }
        RunLease holder = mapper.find(runKey);
        throw new AlreadyRunningException(job, holder == null ? now : holder.startedAt(),
                holder == null ? null : holder.executionId(), holder == null ? self.host() : holder.ownerHost(),
                holder == null ? self.pid() : holder.ownerPid());
    }

    public void attach(String runKey, long executionId) {
        ownTransaction.executeWithoutResult(status -> mapper.attachExecution(runKey, self.id(), executionId));
    }

    public void release(String runKey) {
        ownTransaction.executeWithoutResult(status -> mapper.release(runKey, self.id()));
        held.remove(runKey);
    }

    /** The lease of a run key, if any. */
    public Optional<RunLease> find(String runKey) {
        return Optional.ofNullable(mapper.find(runKey));
    }

    /** True when an execution marked running has no live owner: the process running it died. */
    public boolean leftByDeadProcess(String runKey) {
        return find(runKey).map(this::isDead).orElse(true);
    }

    public boolean isDead(RunLease lease) {
        boolean silent = lease.heartbeatAt().isBefore(LocalDateTime.now(clock).minus(properties.leaseTimeout()));
        return silent || self.deadOnThisHost(lease.ownerHost(), lease.ownerPid());
    }

    /** Removes a dead owner's lease so its execution can be abandoned or restarted. */
    public void clearDead(String runKey) {
        find(runKey).filter(this::isDead).ifPresent(dead -> ownTransaction.executeWithoutResult(status ->
                mapper.removeDead(runKey, dead.ownerId(), dead.heartbeatAt())));
    }

    private boolean tryInsert(RunLease lease) {
        try {
            ownTransaction.executeWithoutResult(status -> mapper.insert(lease));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private void beat() {
        if (held.isEmpty()) {
            return;
        }
        try {
            mapper.heartbeat(self.id(), LocalDateTime.now(clock));
        } catch (RuntimeException e) {
            log.warn("Could not refresh the run leases of this process: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
    }
}
