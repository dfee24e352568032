using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Binary;

internal static partial class BinaryDecoder
{
    /// <summary>Implementation limit on the locals of one function (reported like the spec's 2^32-1 limit).</summary>
    public const int MaxLocals = 50000;

    // Control-frame kinds on the decoder's own stack (no recursion on input nesting depth).
    private const byte FrameBlock = 0, FrameIf = 1, FrameElse = 2;

    /// <summary>The default of the largest body decoding accepts, in bytes: the limit browsers apply, so that every
    /// module that loads on the web loads here. Decoded, a body takes up to 32 bytes per byte (one 1-byte instruction
    /// is one 32-byte <see cref="Instr"/>), so the limit bounds a function's host memory.</summary>
    public const int DefaultMaxFunctionBodySize = 7_654_321;

    /// <summary>One entry of the code section: size, locals, instructions.</summary>
    private static FunctionBody ReadCode(ref WasmReader r, ref bool usesDataIndex, int maxBodySize)
    {
        int sizeAt = r.Pos;
        int size = r.ReadLength();
        if (size > maxBodySize) throw r.Error($"{Messages.FunctionBodyTooLarge}: {size} bytes, the limit is {maxBodySize}", sizeAt);
        int start = r.Pos;
        var locals = ReadLocals(ref r);
        var brTables = new List<int>();
        var code = ReadExpression(ref r, brTables, ref usesDataIndex);
        if (r.Pos != start + size) throw r.Error(Messages.SectionSizeMismatch, start);
        return new FunctionBody { Locals = locals, Code = code, BrTables = brTables.ToArray() };
    }

    private static ValType[] ReadLocals(ref WasmReader r)
    {
        int at = r.Pos;
        int runs = r.ReadLength();
        var counts = new uint[runs];
        var types = new ValType[runs];
        ulong total = 0;
        for (int i = 0; i < runs; i++)
        {
            counts[i] = r.ReadU32();
            types[i] = r.ReadValueType();
            total += counts[i];
        }
        // The spec's limit is 2^32-1; ours is far lower, and must be checked before allocating.
        if (total > MaxLocals) throw r.Error(Messages.TooManyLocals, at);
        var locals = new ValType[(int)total];
        int k = 0;
        for (int i = 0; i < runs; i++)
            for (uint j = 0; j < counts[i]; j++) locals[k++] = types[i];
        return locals;
    }

    /// <summary>A constant expression (global init, segment offset, element item), ending with its end.</summary>
    private static Instr[] ReadConstExpr(ref WasmReader r)
    {
        // br_table is not constant: the validator rejects it, so its labels need not be kept.
        bool unused = false;
        return ReadExpression(ref r, [], ref unused);
    }

    /// <summary>Instructions up to and including the <c>end</c> that closes the expression.</summary>
    private static Instr[] ReadExpression(ref WasmReader r, List<int> brTables, ref bool usesDataIndex)
    {
        var instrs = new InstrCollector();
        try
        {
            return ReadInstructions(ref r, brTables, ref usesDataIndex, instrs);
        }
        finally
        {
            instrs.Return();
        }
    }

    private static Instr[] ReadInstructions(ref WasmReader r, List<int> brTables, ref bool usesDataIndex, InstrCollector instrs)
    {
        var frames = new List<byte>();
        while (true)
        {
            int at = r.Pos;
            byte b = r.ReadByte();
            if (b == (byte)Opcode.End)
            {
                instrs.Add(new Instr(Opcode.End) { Offset = at });
                if (frames.Count == 0) return instrs.ToArrayAndReturn();
                frames.RemoveAt(frames.Count - 1);
                continue;
            }
            if (b == (byte)Opcode.Else)
            {
                // Like the reference decoder: an else that does not continue an if ends the block early,
                // and the block then misses its end.
                if (frames.Count == 0 || frames[^1] != FrameIf) throw r.Error(Messages.EndOpcodeExpected, at);
                frames[^1] = FrameElse;
                instrs.Add(new Instr(Opcode.Else) { Offset = at });
                continue;
            }
            var op = ReadOpcode(ref r, b, at);
            var ins = new Instr(op) { Offset = at };
            ReadImmediates(ref r, ref ins, brTables);
            if (op is Opcode.Block or Opcode.Loop or Opcode.TryTable or Opcode.Try) frames.Add(FrameBlock);
            else if (op == Opcode.Delegate && frames.Count > 0) frames.RemoveAt(frames.Count - 1); // delegate ends its try
            else if (op == Opcode.If) frames.Add(FrameIf);
            else if (op is Opcode.MemoryInit or Opcode.DataDrop) usesDataIndex = true;
            instrs.Add(ins);
        }
    }

    private static Opcode ReadOpcode(ref WasmReader r, byte b, int at)
    {
        if (OpcodeFamilies.IsPrefix(b) && (b != OpcodeFamilies.AtomicPrefix || (r.Features & WasmFeatures.Threads) != 0))
        {
            uint sub = r.ReadU32();
            if (!OpcodeTable.TryPrefixed(b, sub, out var op)) throw r.Error($"{Messages.IllegalOpcode} {b:x2} {sub:x2}", at);
            return op;
        }
        if (!OpcodeTable.IsPlain(b) || (ExceptionOpcodes.Is((Opcode)b) && (r.Features & WasmFeatures.ExceptionHandling) == 0))
            throw r.Error($"{Messages.IllegalOpcode} {b:x2}", at);
        return (Opcode)b;
    }

    private static void ReadImmediates(ref WasmReader r, ref Instr ins, List<int> brTables)
    {
        switch (OpcodeTable.ImmediateOf(ins.Op))
        {
            case Imm.None:
                break;
            case Imm.BlockType:
                ins.A = ReadBlockType(ref r);
                break;
            case Imm.Index:
                ins.A = r.ReadIndex();
                break;
            case Imm.BrTable:
            {
                int n = r.ReadLength();
                ins.A = brTables.Count;
                ins.B = n;
                for (int i = 0; i <= n; i++) brTables.Add(r.ReadIndex());
                break;
            }
            case Imm.CallIndirect:
            case Imm.TwoIndices:
                ins.A = r.ReadIndex();
                ins.B = r.ReadIndex();
                break;
            case Imm.MemArg:
            {
                // An alignment exponent of 32 or more cannot describe any access (malformed); smaller
                // ones beyond the natural alignment are the validator's business.
                int at = r.Pos;
                uint align = r.ReadU32();
                if (align >= 32) throw r.Error(Messages.MalformedMemopFlags, at);
                ins.A = (int)align;
                ins.C = r.ReadU32();
                break;
            }
            case Imm.MemArgLane:
            {
                int at = r.Pos;
                uint align = r.ReadU32();
                if (align >= 32) throw r.Error(Messages.MalformedMemopFlags, at);
                ins.A = (int)align;
                ins.C = r.ReadU32();
                ins.D = r.ReadByte(); // the validator checks it against the lane count
                break;
            }
            case Imm.V128:
            case Imm.Shuffle:
                ins.C = r.ReadFixed64();
                ins.D = r.ReadFixed64();
                break;
            case Imm.Lane:
                ins.D = r.ReadByte();
                break;
            case Imm.ZeroByte:
                ReadZero(ref r);
                break;
            case Imm.IndexZeroByte:
                ins.A = r.ReadIndex();
                ReadZero(ref r);
                break;
            case Imm.TwoZeroBytes:
                ReadZero(ref r);
                ReadZero(ref r);
                break;
            case Imm.I32:
                ins.C = (uint)r.ReadS32();
                break;
            case Imm.I64:
                ins.C = (ulong)r.ReadS64();
                break;
            case Imm.F32:
                ins.C = r.ReadFixed32();
                break;
            case Imm.F64:
                ins.C = r.ReadFixed64();
                break;
            case Imm.RefType:
                ins.A = (int)r.ReadRefType().Kind;
                break;
            case Imm.TryTable:
            {
                ins.A = ReadBlockType(ref r);
                int n = r.ReadLength();
                ins.B = brTables.Count;
                ins.C = (ulong)n;
                for (int i = 0; i < n; i++)
                {
                    int at = r.Pos;
                    byte kind = r.ReadByte();
                    if (kind > 3) throw r.Error(Messages.MalformedCatchKind, at);
                    brTables.Add(kind);
                    brTables.Add(kind < 2 ? r.ReadIndex() : -1);
                    brTables.Add(r.ReadIndex());
                }
                break;
            }
            case Imm.SelectT:
            {
                int at = r.Pos;
                int n = r.ReadLength();
                for (int i = 0; i < n; i++) ins.A = (int)r.ReadValueType().Kind;
                // Instr holds one type; the spec's "invalid result arity" (a validation error) cannot be
                // deferred to the validator without losing the vector, so it is reported here.
                if (n != 1) throw r.Error(Messages.InvalidResultArity, at);
                break;
            }
            default:
                throw new InvalidOperationException($"no immediate decoder for {ins.Op}");
        }
    }

    /// <summary>The reserved memory index byte of 2.0: exactly one 0x00 byte (a long LEB zero is not allowed).</summary>
    private static void ReadZero(ref WasmReader r)
    {
        int at = r.Pos;
        if (r.ReadByte() != 0) throw r.Error(Messages.ZeroByteExpected, at);
    }

    /// <summary>Block type as in <see cref="Instr"/>: 0x40 empty, a one-byte value type, or an s33 type index.
    /// A negative or over-large multi-byte index becomes int.MaxValue, which the validator reports as an unknown type.</summary>
    private static int ReadBlockType(ref WasmReader r)
    {
        int p = r.Peek();
        if (p == 0x40)
        {
            r.Pos++;
            return BlockTypes.Empty;
        }
        if (p >= 0 && (p & 0xC0) == 0x40) return BlockTypes.OfValue(r.ReadValueType());
        long v = r.ReadS33();
        return v is >= 0 and <= int.MaxValue ? (int)v : int.MaxValue;
    }
}
