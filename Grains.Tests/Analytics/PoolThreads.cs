namespace Grains.Tests.Analytics;

/// <summary>Lets tests of parallel code actually run it in parallel.</summary>
/// <remarks>The test runner holds pool threads of its own. With the pool's minimum (one thread per core), the workers
/// that Parallel.For asks for beyond the caller can wait for the pool to grow (about half a second a thread) and a
/// short test then runs everything on one thread, proving nothing about concurrency. Raising the minimum only lets
/// the pool add threads without that wait.</remarks>
internal static class PoolThreads
{
    public static void EnsureAtLeast(int threads)
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        if (workers < threads) ThreadPool.SetMinThreads(threads, io);
    }
}
