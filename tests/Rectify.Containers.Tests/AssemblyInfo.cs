// One stack at a time: each is a dozen containers on a 2-core machine, and the compose test's stack
// would otherwise start while the Testcontainers stack runs.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
