using Network.Grains.Common;

namespace Network.Silo.Queries;

/// <summary>
/// Who is asking, as far as privacy goes. An anonymous viewer sees public edges only; every figure it gets is
/// computed over the public graph. Aggregates over fewer than <see cref="MinGroupSize"/> people are suppressed.
/// </summary>
public sealed record Viewer(Visibility MaxVisibility, int MinGroupSize = 5)
{
    public static readonly Viewer Anonymous = new(Visibility.Public);

    public bool Sees(byte visibility) => visibility <= (byte)MaxVisibility;
}
