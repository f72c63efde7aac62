using Supervision.Benchmarks;

return BenchmarkCommand.Run(args);
