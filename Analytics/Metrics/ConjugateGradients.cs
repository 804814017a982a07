using Analytics.Graphs;

namespace Analytics.Metrics;

/// <summary>
/// The grounded graph Laplacian L = D − A of a subgraph in CSR form (unit ties; D may exceed the row's own tie count
/// when ties leave the subgraph, which is what makes L positive definite).
/// </summary>
internal sealed class LaplacianSystem
{
    // Rows are cut into this many fixed blocks, whatever the core count, and partial sums are added in block
    // order: the products and dot products come out bit-identical on 1 or 64 cores.
    private const int Blocks = 64;
    private const int ParallelThreshold = 50_000;
    private readonly int[] _blockStart;

    public LaplacianSystem(int[] rowStart, int[] column, double[] diagonal)
    {
        RowStart = rowStart;
        Column = column;
        Diagonal = diagonal;
        int f = diagonal.Length;
        _blockStart = new int[Blocks + 1];
        long arcs = column.Length + (long)f; // balance by work: one unit per tie and per row
        int row = 0;
        for (int k = 1; k < Blocks; k++)
        {
            long goal = arcs * k / Blocks;
            while (row < f && rowStart[row] + (long)row < goal)
            {
                row++;
            }
            _blockStart[k] = row;
        }
        _blockStart[Blocks] = f;
    }

    public int[] RowStart { get; }
    public int[] Column { get; }
    public double[] Diagonal { get; }
    public int Size => Diagonal.Length;

    /// <summary>y = L x; returns xᵀ y. x is single precision: see <see cref="ConjugateGradients"/> for why.</summary>
    public double Multiply(float[] x, double[] y)
    {
        var partial = new double[Blocks];
        void Block(int k)
        {
            double dot = 0;
            for (int i = _blockStart[k]; i < _blockStart[k + 1]; i++)
            {
                // Four running sums: one would chain every gather's add behind the previous one (the gathers
                // themselves are independent), which cost a quarter of the product's time on 10M ties.
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                int e = RowStart[i], end = RowStart[i + 1];
                for (; e + 3 < end; e += 4)
                {
                    s0 += x[Column[e]];
                    s1 += x[Column[e + 1]];
                    s2 += x[Column[e + 2]];
                    s3 += x[Column[e + 3]];
                }
                for (; e < end; e++)
                {
                    s0 += x[Column[e]];
                }
                double yi = Diagonal[i] * x[i] - ((s0 + s1) + (s2 + s3));
                y[i] = yi;
                dot += x[i] * yi;
            }
            partial[k] = dot;
        }
        if (Size >= ParallelThreshold)
        {
            Parallel.For(0, Blocks, Block);
        }
        else
        {
            for (int k = 0; k < Blocks; k++)
            {
                Block(k);
            }
        }
        double total = 0;
        foreach (double d in partial)
        {
            total += d;
        }
        return total;
    }
}

/// <summary>
/// Conjugate gradients for L x = b (L symmetric positive definite), preconditioned by the diagonal (Jacobi) plus a
/// one-vector coarse-space correction.
/// </summary>
/// <remarks>
/// <para>M. R. Hestenes and E. Stiefel, J. Res. NBS 49(6), 1952; Y. Saad, <i>Iterative Methods for Sparse Linear
/// Systems</i>, 2nd ed., 2003, Algorithm 9.1. Stops when the residual's 2-norm is at most <c>tolerance</c> times b's.
/// Deterministic: every sum runs in a fixed order.</para>
/// <para>The preconditioner is M⁻¹ = D⁻¹ + z zᵀ / (zᵀ L z), the additive coarse-grid correction ("AD") of J. M. Tang,
/// R. Nabben, C. Vuik and Y. A. Erlangga, "Comparison of two-level preconditioners derived from deflation, domain
/// decomposition and multigrid methods", J. Sci. Comput. 39, 2009, with a coarse space of the one vector z the
/// caller gives; it is symmetric positive definite whatever z is, and z = 0 leaves plain Jacobi. On the random-walk
/// systems Jacobi leaves one eigenvalue far below the rest (the walk's slowest absorption mode, nearly constant away
/// from the absorbing nodes; Lanczos estimates 0.031 against 0.12 next on the generated 10M-tie graph), and CG
/// spends about six iterations on it; a coarse vector close to that mode removes them (41 → 36 iterations at 1e-10,
/// 34 → 28 at 1e-8). Each iteration folds the correction into its two vector passes: no extra pass.</para>
/// <para>The search direction p and the coarse vector are kept in single precision; x, r and every sum stay double.
/// The product's cost is its gathers of p, and a 4-byte p halves the gathered vector (7 → 3.5 MB on 10M ties): the
/// product got ~20 % faster. Rounding p does not limit the accuracy of x: x and r are updated with the same rounded
/// direction, so r stays the residual of x; it only makes each direction slightly (relative 6e-8) less conjugate to
/// the earlier ones, which CG tolerates as it tolerates an inexact preconditioner (G. H. Golub and Q. Ye, "Inexact
/// preconditioned conjugate gradient method with inner-outer iteration", SIAM J. Sci. Comput. 21(4), 1999). On the
/// generated 10M-tie graph the solve takes 28 iterations at 1e-8 either way and the score moves by 5e-16; on 100×100
/// and 300×300 grids (449 and 1,243 iterations) the counts are the same and the scores agree to 7e-13.</para>
/// <para>Tried and dropped: deflating by the two sides' indicator vectors (Nicolaides 1987; Saad et al. 2000). On
/// the generated 3M-tie graph it saved no iterations and its recurrence lost stability below a relative residual of
/// 1e-12. Two coarse vectors, one per side, saved no more than one.</para>
/// </remarks>
internal static class ConjugateGradients
{
    public static double[] Solve(LaplacianSystem system, double[] b, float[] coarse, double tolerance, int maxIterations)
    {
        int f = system.Size;
        var x = new double[f];
        double bNorm = 0;
        foreach (double v in b)
        {
            bNorm += v * v;
        }
        bNorm = Math.Sqrt(bNorm);
        if (bNorm == 0)
        {
            return x;
        }
        var diagonal = system.Diagonal;
        double energy = system.Multiply(coarse, new double[f]); // zᵀ L z
        double inverseEnergy = energy > 0 ? 1 / energy : 0;
        var r = (double[])b.Clone();
        var p = new float[f];
        var w = new double[f];
        // z_k = M⁻¹ r_k is never stored: r_kᵀ z_k = Σ r²/d + (zᵀr)²/E needs only the two sums, and the direction
        // update forms z_k on the fly.
        var (_, rdr, zr) = RowBlocks.Sum(f, (start, end) =>
        {
            double rdrPart = 0, zrPart = 0;
            for (int i = start; i < end; i++)
            {
                rdrPart += b[i] * b[i] / diagonal[i];
                zrPart += coarse[i] * b[i];
            }
            return (0.0, rdrPart, zrPart);
        });
        double c = zr * inverseEnergy;
        double rz = rdr + zr * c;
        RowBlocks.ForRanges(f, (start, end) =>
        {
            for (int i = start; i < end; i++)
            {
                p[i] = (float)(r[i] / diagonal[i] + c * coarse[i]);
            }
        });
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            double alpha = rz / system.Multiply(p, w);
            var (rr, rdrNext, zrNext) = RowBlocks.Sum(f, (start, end) =>
            {
                double rrPart = 0, rdrPart = 0, zrPart = 0;
                for (int i = start; i < end; i++)
                {
                    x[i] += alpha * p[i];
                    double ri = r[i] - alpha * w[i];
                    r[i] = ri;
                    rrPart += ri * ri;
                    rdrPart += ri * ri / diagonal[i];
                    zrPart += coarse[i] * ri;
                }
                return (rrPart, rdrPart, zrPart);
            });
            if (Math.Sqrt(rr) <= tolerance * bNorm)
            {
                break;
            }
            double cNext = zrNext * inverseEnergy;
            double rzNext = rdrNext + zrNext * cNext;
            double beta = rzNext / rz;
            rz = rzNext;
            RowBlocks.ForRanges(f, (start, end) =>
            {
                for (int i = start; i < end; i++)
                {
                    p[i] = (float)(r[i] / diagonal[i] + cNext * coarse[i] + beta * p[i]);
                }
            });
        }
        return x;
    }
}
