using System.Numerics;
using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Text;

internal sealed partial class InstructionParser
{
    private Instr ReadImmediates(Opcode op, Token at)
    {
        var names = module.Names;
        switch (Immediates.KindOf(op))
        {
            case ImmediateKind.None: return new Instr(op);
            case ImmediateKind.Label: return new Instr(op, ResolveLabel());
            case ImmediateKind.Tag: return new Instr(op, names.Tags.Resolve(_ts));
            case ImmediateKind.BrTable:
            {
                int start = _brTables.Count;
                if (!IndexSpace.AtIndex(_ts)) throw _ts.Unexpected(_ts.Peek());
                while (IndexSpace.AtIndex(_ts)) _brTables.Add(ResolveLabel());
                return new Instr(op, start, _brTables.Count - start - 1);
            }
            case ImmediateKind.Func: return new Instr(op, names.Funcs.Resolve(_ts));
            case ImmediateKind.CallIndirect:
            {
                int table = IndexSpace.AtIndex(_ts) ? names.Tables.Resolve(_ts) : 0;
                int type = module.ResolveTypeUse(module.ReadTypeUse(allowType: true, allowParamNames: false));
                return new Instr(op, type, table);
            }
            case ImmediateKind.Local: return new Instr(op, _locals.Resolve(_ts));
            case ImmediateKind.Global: return new Instr(op, names.Globals.Resolve(_ts));
            case ImmediateKind.Table: return new Instr(op, OptionalIndex(names.Tables));
            case ImmediateKind.TableCopy:
            {
                if (!IndexSpace.AtIndex(_ts)) return new Instr(op);
                int dst = names.Tables.Resolve(_ts);
                return new Instr(op, dst, names.Tables.Resolve(_ts));
            }
            case ImmediateKind.TableInit:
            {
                // table.init x? y: with one index it is the element segment.
                int table = TwoIndices() ? names.Tables.Resolve(_ts) : 0;
                return new Instr(op, names.Elems.Resolve(_ts), table);
            }
            case ImmediateKind.Elem: return new Instr(op, names.Elems.Resolve(_ts));
            case ImmediateKind.Memory: return new Instr(op, OptionalIndex(names.Memories));
            case ImmediateKind.MemoryCopy:
            {
                if (!IndexSpace.AtIndex(_ts)) return new Instr(op);
                int dst = names.Memories.Resolve(_ts);
                return new Instr(op, dst, names.Memories.Resolve(_ts));
            }
            case ImmediateKind.MemoryInit:
            {
                module.UsesDataIndex = true;
                int memory = TwoIndices() ? names.Memories.Resolve(_ts) : 0;
                return new Instr(op, names.Datas.Resolve(_ts), memory);
            }
            case ImmediateKind.Data:
                module.UsesDataIndex = true;
                return new Instr(op, names.Datas.Resolve(_ts));
            case ImmediateKind.MemArg: return ReadMemArg(op);
            case ImmediateKind.MemArgLane:
            {
                // memidx? memarg lane: a leading index is the memory only when another number follows it.
                var next = _ts.Peek(1);
                bool memory = _ts.Peek().Kind == TokenKind.Id || IndexSpace.AtIndex(_ts) && (next.Kind == TokenKind.Number
                    || next.Kind == TokenKind.Keyword && _ts.Text(next) is var w && (w.StartsWith("offset=") || w.StartsWith("align=")));
                var ins = memory ? ReadMemArg(op) : ReadMemArg(op, 0);
                ins.D = ReadLaneIndex();
                return ins;
            }
            case ImmediateKind.V128Const:
            {
                var (lo, hi) = V128Literals.Read(_ts, V128Literals.ReadShape(_ts));
                return new Instr(op, c: lo, d: hi);
            }
            case ImmediateKind.Lane: return new Instr(op, d: ReadLaneIndex());
            case ImmediateKind.Shuffle: return ReadShuffle(op);
            case ImmediateKind.I32: return new Instr(op, c: ReadInt(32));
            case ImmediateKind.I64: return new Instr(op, c: ReadInt(64));
            case ImmediateKind.F32: return new Instr(op, c: ReadFloat(32));
            case ImmediateKind.F64: return new Instr(op, c: ReadFloat(64));
            case ImmediateKind.RefNull:
            {
                var t = module.ReadHeapType(nullable: true);
                return new Instr(op, (int)t.Kind, c: t.IsV2 ? 0 : t.Pack());
            }
            case ImmediateKind.Type: return new Instr(op, names.Types.Resolve(_ts));
            case ImmediateKind.Select:
            {
                if (!_ts.PeekParen("result")) return new Instr(op);
                var types = new List<ValType>();
                while (_ts.PeekParen("result"))
                {
                    _ts.ExpectParen("result");
                    while (_ts.Peek().Kind != TokenKind.RParen) types.Add(module.ReadValueType());
                    _ts.ExpectRParen();
                }
                // Typed select takes exactly one type; other counts are left for validation to reject (A = 0).
                return new Instr(Opcode.SelectT, types.Count == 1 ? (int)types[0].Kind : 0, types.Count,
                    types.Count == 1 && !types[0].IsV2 ? types[0].Pack() : 0);
            }
            case ImmediateKind.StructField:
            {
                int type = names.Types.Resolve(_ts);
                return new Instr(op, type, names.FieldsOf(type).Resolve(_ts));
            }
            case ImmediateKind.TwoTypes:
            {
                int dst = names.Types.Resolve(_ts);
                return new Instr(op, dst, names.Types.Resolve(_ts));
            }
            case ImmediateKind.TypeAndCount:
            {
                int type = names.Types.Resolve(_ts);
                return new Instr(op, type, (int)(uint)ReadU32());
            }
            case ImmediateKind.TypeAndData:
            {
                module.UsesDataIndex = true;
                int type = names.Types.Resolve(_ts);
                return new Instr(op, type, names.Datas.Resolve(_ts));
            }
            case ImmediateKind.TypeAndElem:
            {
                int type = names.Types.Resolve(_ts);
                return new Instr(op, type, names.Elems.Resolve(_ts));
            }
            case ImmediateKind.RefCast:
            {
                var t = module.ReadRefType();
                if (t.IsNullable) op = op == Opcode.RefTest ? Opcode.RefTestNull : Opcode.RefCastNull;
                return new Instr(op, (int)t.Kind, c: t.Pack());
            }
            case ImmediateKind.BrOnCast:
            {
                int label = ResolveLabel();
                var source = module.ReadRefType();
                var target = module.ReadRefType();
                int flags = (source.IsNullable ? 1 : 0) | (target.IsNullable ? 2 : 0);
                return new Instr(op, label, flags, source.Pack(), target.Pack());
            }
            default:
                throw _ts.Unexpected(at);
        }
    }

    /// <summary>A u32 literal (array.new_fixed's count).</summary>
    private ulong ReadU32()
    {
        var t = _ts.Next();
        if (t.Kind != TokenKind.Number) throw _ts.Unexpected(t);
        return _ts.U32(t, _ts.Text(t));
    }

    private int OptionalIndex(IndexSpace space) => IndexSpace.AtIndex(_ts) ? space.Resolve(_ts) : 0;

    private bool TwoIndices() =>
        IndexSpace.AtIndex(_ts) && _ts.Peek(1).Kind is TokenKind.Number or TokenKind.Id;

    /// <summary><c>memidx? offset=N? align=N?</c>; the alignment must be a power of two, stored as its exponent.</summary>
    private Instr ReadMemArg(Opcode op) =>
        ReadMemArg(op, IndexSpace.AtIndex(_ts) ? module.Names.Memories.Resolve(_ts) : 0);

    private Instr ReadMemArg(Opcode op, int memory)
    {
        ulong offset = 0;
        int align = Immediates.NaturalAlignment(op);
        var t = _ts.Peek();
        if (t.Kind == TokenKind.Keyword && _ts.Text(t).StartsWith("offset=", StringComparison.Ordinal))
        {
            _ts.Next();
            // memory64: offsets are u64 in text; the validator refuses one beyond 32 bits on a 32-bit memory.
            offset = module.Wide ? _ts.U64(t, _ts.Text(t).AsSpan(7)) : _ts.U32(t, _ts.Text(t).AsSpan(7));
            t = _ts.Peek();
        }
        if (t.Kind == TokenKind.Keyword && _ts.Text(t).StartsWith("align=", StringComparison.Ordinal))
        {
            _ts.Next();
            var st = NumberParsing.ParseNat(_ts.Text(t).AsSpan(6), out ulong a);
            if (st == NumberStatus.Malformed) throw _ts.Error(t, $"{Messages.UnknownOperator} {_ts.Text(t)}");
            if (st == NumberStatus.OutOfRange || a == 0 || !BitOperations.IsPow2(a)) throw _ts.Error(t, Messages.Alignment);
            align = BitOperations.Log2(a);
        }
        return new Instr(op, align, memory, offset);
    }

    private ulong ReadInt(int bits)
    {
        var t = _ts.Next();
        if (t.Kind is not (TokenKind.Number or TokenKind.Keyword)) throw _ts.Unexpected(t);
        return NumberParsing.ParseInt(_ts.Text(t), bits, out ulong v) switch
        {
            NumberStatus.Ok => v,
            NumberStatus.OutOfRange => throw _ts.Error(t, Messages.ConstantOutOfRange),
            _ => throw _ts.Unexpected(t),
        };
    }

    private ulong ReadFloat(int bits)
    {
        var t = _ts.Next();
        if (t.Kind is not (TokenKind.Number or TokenKind.Keyword)) throw _ts.Unexpected(t);
        ulong v;
        NumberStatus st;
        if (bits == 32)
        {
            st = FloatParsing.ParseF32(_ts.Text(t), out uint f);
            v = f;
        }
        else st = FloatParsing.ParseF64(_ts.Text(t), out v);
        return st switch
        {
            NumberStatus.Ok => v,
            NumberStatus.OutOfRange => throw _ts.Error(t, Messages.ConstantOutOfRange),
            _ => throw _ts.Unexpected(t),
        };
    }

    /// <summary>A lane index: an unsigned literal below 256 (above: "i8 constant out of range" in 3.0, "malformed lane
    /// index" in 2.0; signs, floats and anything else are unexpected).</summary>
    private ulong ReadLaneIndex()
    {
        var t = _ts.Next();
        if (t.Kind != TokenKind.Number) throw _ts.Unexpected(t);
        return NumberParsing.ParseNat(_ts.Text(t), out ulong v) switch
        {
            NumberStatus.Ok when v < 256 => v,
            NumberStatus.Ok or NumberStatus.OutOfRange => throw _ts.Error(t, LaneOutOfRange),
            _ => throw _ts.Unexpected(t),
        };
    }

    private string LaneOutOfRange => module.Wasm20Messages ? Messages.MalformedLaneIndex : Messages.I8ConstantOutOfRange;

    /// <summary>Sixteen lane literals, packed like the binary immediate: lanes 0-7 in C, 8-15 in D.</summary>
    private Instr ReadShuffle(Opcode op)
    {
        int n = 0;
        while (V128Literals.IsLaneToken(_ts, _ts.Peek(n), isFloat: true)) n++; // inf and nan count, then fail below
        if (n != 16) throw _ts.Error(_ts.Peek(Math.Min(n, 16)), Messages.InvalidLaneLength);
        Span<ulong> halves = stackalloc ulong[2];
        for (int i = 0; i < 16; i++)
        {
            var t = _ts.Next();
            // Any literal that is not a u8 (a sign, 256, a float) is out of range here.
            if (NumberParsing.ParseInt(_ts.Text(t), 64, out ulong v) != NumberStatus.Ok || v >= 256)
                throw _ts.Error(t, LaneOutOfRange);
            halves[i >> 3] |= v << ((i & 7) * 8);
        }
        return new Instr(op, c: halves[0], d: halves[1]);
    }
}
