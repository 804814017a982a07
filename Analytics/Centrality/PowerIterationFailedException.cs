namespace Analytics.Centrality;

/// <summary>Thrown when a power iteration does not converge (NetworkX's PowerIterationFailedConvergence).</summary>
public sealed class PowerIterationFailedException(int iterations)
    : Exception($"Power iteration failed to converge within {iterations} iterations.")
{
    /// <summary>The iteration cap that was reached.</summary>
    public int Iterations { get; } = iterations;
}
