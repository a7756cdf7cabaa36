// Each test starts six processes on a 2-core machine; in parallel they would fight for the CPU
// and for the one broker (one test restarts RabbitMQ itself).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
