using System.Buffers;
using Weld.Syntax;

namespace Weld.Binary;

/// <summary>
/// Collects the instructions of one expression in fixed-size pooled chunks and copies them once into an array of the
/// exact length. A list that doubles would hold up to three times the final size while it copies, and leave
/// garbage of twice that; this way decoding a body takes at most its final size plus one chunk in transient memory,
/// and small expressions allocate only their result.
/// </summary>
internal sealed class InstrCollector
{
    // 2,048 instructions of 32 bytes: 64 KiB, below the large object heap's threshold.
    private const int ChunkSize = 2048;

    private readonly List<Instr[]> _full = [];
    private Instr[] _current = ArrayPool<Instr>.Shared.Rent(ChunkSize);
    private int _used;

    public void Add(in Instr ins)
    {
        if (_used == _current.Length)
        {
            _full.Add(_current);
            _current = ArrayPool<Instr>.Shared.Rent(ChunkSize);
            _used = 0;
        }
        _current[_used++] = ins;
    }

    /// <summary>The instructions as one array; the chunks go back to the pool.</summary>
    public Instr[] ToArrayAndReturn()
    {
        long total = 0;
        foreach (var chunk in _full) total += chunk.Length;
        var result = new Instr[checked((int)(total + _used))];
        int at = 0;
        foreach (var chunk in _full)
        {
            chunk.AsSpan().CopyTo(result.AsSpan(at));
            at += chunk.Length;
            ArrayPool<Instr>.Shared.Return(chunk);
        }
        _current.AsSpan(0, _used).CopyTo(result.AsSpan(at));
        ArrayPool<Instr>.Shared.Return(_current);
        _full.Clear();
        _current = [];
        _used = 0;
        return result;
    }

    /// <summary>Gives the chunks back when decoding fails midway.</summary>
    public void Return()
    {
        foreach (var chunk in _full) ArrayPool<Instr>.Shared.Return(chunk);
        _full.Clear();
        if (_current.Length > 0) ArrayPool<Instr>.Shared.Return(_current);
        _current = [];
    }
}
