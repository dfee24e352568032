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
        // 3.0 (here: with extended constants) stops a constant expression that misses its end at the section's end;
        // 2.0 reads on into the next section, as the reference decoder of each version does.
        int limit = (r.Features & WasmFeatures.ExtendedConst) != 0 ? r.SectionEnd : int.MaxValue;
        return ReadExpression(ref r, [], ref unused, limit);
    }

    /// <summary>Instructions up to and including the <c>end</c> that closes the expression.</summary>
    private static Instr[] ReadExpression(ref WasmReader r, List<int> brTables, ref bool usesDataIndex, int limit = int.MaxValue)
    {
        var instrs = new InstrCollector();
        try
        {
            return ReadInstructions(ref r, brTables, ref usesDataIndex, instrs, limit);
        }
        finally
        {
            instrs.Return();
        }
    }

    private static Instr[] ReadInstructions(
        ref WasmReader r, List<int> brTables, ref bool usesDataIndex, InstrCollector instrs, int limit)
    {
        var frames = new List<byte>();
        while (true)
        {
            int at = r.Pos;
            if (at >= limit) throw r.Error(Messages.UnexpectedEndOfSection, at);
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
            else if (op is Opcode.MemoryInit or Opcode.DataDrop or Opcode.ArrayNewData or Opcode.ArrayInitData) usesDataIndex = true;
            instrs.Add(ins);
        }
    }

    private static Opcode ReadOpcode(ref WasmReader r, byte b, int at)
    {
        if (OpcodeFamilies.IsPrefix(b) && (b != OpcodeFamilies.AtomicPrefix || (r.Features & WasmFeatures.Threads) != 0))
        {
            uint sub = r.ReadU32();
            if (!OpcodeTable.TryPrefixed(b, sub, out var op) || !Enabled(op, r.Features))
                throw r.Error($"{Messages.IllegalOpcode} {b:x2} {sub:x2}", at);
            return op;
        }
        if (!OpcodeTable.IsPlain(b) || !Enabled((Opcode)b, r.Features)) throw r.Error($"{Messages.IllegalOpcode} {b:x2}", at);
        return (Opcode)b;
    }

    /// <summary>False for an instruction of a proposal the engine leaves out: its bytes are then illegal, as in 2.0.</summary>
    private static bool Enabled(Opcode op, WasmFeatures features) => (OpcodeFeatures.Required(op) & ~features) == 0;

    private static void ReadImmediates(ref WasmReader r, ref Instr ins, List<int> brTables)
    {
        switch (OpcodeTable.ImmediateOf(ins.Op))
        {
            case Imm.None:
                break;
            case Imm.BlockType:
                ins.A = ReadBlockType(ref r, out ins.C);
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
                ReadMemArg(ref r, ref ins);
                break;
            }
            case Imm.MemArgLane:
            {
                ReadMemArg(ref r, ref ins);
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
                if (MultiMemory(ref r) && ins.Op != Opcode.AtomicFence) ins.A = r.ReadIndex();
                else ReadZero(ref r);
                break;
            case Imm.IndexZeroByte:
                ins.A = r.ReadIndex();
                if (MultiMemory(ref r)) ins.B = r.ReadIndex();
                else ReadZero(ref r);
                break;
            case Imm.TwoZeroBytes:
                if (MultiMemory(ref r))
                {
                    ins.A = r.ReadIndex();
                    ins.B = r.ReadIndex();
                    break;
                }
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
            {
                // C holds only what A cannot say: 2.0's funcref and externref leave it 0, as built code does.
                var t = r.ReadRefNullType();
                ins.A = (int)t.Kind;
                ins.C = t.IsV2 ? 0 : t.Pack();
                break;
            }
            case Imm.TryTable:
            {
                // C holds a packed reference block type as for block, so the clause count leads the clauses.
                ins.A = ReadBlockType(ref r, out ins.C);
                int n = r.ReadLength();
                ins.B = brTables.Count;
                brTables.Add(n);
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
                for (int i = 0; i < n; i++)
                {
                    var t = r.ReadValueType();
                    ins.A = (int)t.Kind;
                    ins.C = t.IsV2 ? 0 : t.Pack();
                }
                // Instr holds one type; the spec's "invalid result arity" (a validation error) cannot be
                // deferred to the validator without losing the vector, so it is reported here.
                if (n != 1) throw r.Error(Messages.InvalidResultArity, at);
                break;
            }
            case Imm.HeapType:
            {
                var t = r.ReadHeapType(nullable: ins.Op is Opcode.RefTestNull or Opcode.RefCastNull);
                ins.A = (int)t.Kind;
                ins.C = t.Pack();
                break;
            }
            case Imm.BrOnCast:
            {
                int at = r.Pos;
                byte flags = r.ReadByte();
                if (flags > 3) throw r.Error(GcMessages.MalformedCastFlags, at);
                ins.B = flags;
                ins.A = r.ReadIndex();
                ins.C = r.ReadHeapType(nullable: (flags & 1) != 0).Pack();
                ins.D = r.ReadHeapType(nullable: (flags & 2) != 0).Pack();
                break;
            }
            default:
                throw new InvalidOperationException($"no immediate decoder for {ins.Op}");
        }
    }

    private static bool MultiMemory(ref WasmReader r) => (r.Features & WasmFeatures.MultiMemory) != 0;

    /// <summary>A memarg: flags (the alignment exponent; with multi-memory, bit 6 says a memory index follows), then the
    /// offset. In 2.0 an exponent of 32 or more cannot describe any access (malformed); with multi-memory the flags
    /// must be below 128 and smaller exponents beyond the natural alignment are the validator's business.</summary>
    private static void ReadMemArg(ref WasmReader r, ref Instr ins)
    {
        int at = r.Pos;
        uint flags = r.ReadU32();
        if (MultiMemory(ref r))
        {
            if (flags >= 0x80) throw r.Error(Messages.MalformedMemopFlags, at);
            if ((flags & 0x40) != 0) ins.B = r.ReadIndex();
            flags &= 0x3F;
        }
        else if (flags >= 32) throw r.Error(Messages.MalformedMemopFlags, at);
        ins.A = (int)flags;
        // memory64: the offset is a u64 (the validator bounds it for a 32-bit memory).
        ins.C = (r.Features & WasmFeatures.Memory64) != 0 ? r.ReadU64() : r.ReadU32();
    }

    /// <summary>The reserved memory index byte of 2.0: exactly one 0x00 byte (a long LEB zero is not allowed).</summary>
    private static void ReadZero(ref WasmReader r)
    {
        int at = r.Pos;
        if (r.ReadByte() != 0) throw r.Error(Messages.ZeroByteExpected, at);
    }

    /// <summary>Block type as in <see cref="Instr"/>: 0x40 empty, a one-byte value type, or an s33 type index.
    /// A negative or over-large multi-byte index becomes int.MaxValue, which the validator reports as an unknown type.</summary>
    private static int ReadBlockType(ref WasmReader r, out ulong packed)
    {
        packed = 0;
        int p = r.Peek();
        if (p == 0x40)
        {
            r.Pos++;
            return BlockTypes.Empty;
        }
        if (p >= 0 && (p & 0xC0) == 0x40 || p is 0x63 or 0x64 && (r.Features & WasmFeatures.FunctionReferences) != 0)
        {
            var t = r.ReadValueType();
            if (!t.IsV2) packed = t.Pack();
            return BlockTypes.Of(Opcode.Block, t).A;
        }
        long v = r.ReadS33();
        return v is >= 0 and <= int.MaxValue ? (int)v : int.MaxValue;
    }
}
