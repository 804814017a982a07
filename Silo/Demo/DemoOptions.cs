namespace Network.Silo.Demo;

/// <summary>Bound from "Demo"; the Api's --demo flag sets Enabled.</summary>
public sealed class DemoOptions
{
    /// <summary>Seed an empty graph with a generated network at start-up.</summary>
    public bool Enabled { get; set; }

    public long Seed { get; set; } = 7;

    /// <summary>Tie records to generate (users are a tenth of that).</summary>
    public int Ties { get; set; } = 20_000;
}
