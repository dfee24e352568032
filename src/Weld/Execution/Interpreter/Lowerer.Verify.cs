using Weld.Syntax;

namespace Weld.Execution.Interpreter;

/// <summary>
/// Verification of lowered code, run once per function at prepare time. The dispatch loop addresses frame slots with
/// <c>Unsafe.Add</c> and jumps without bounds checks; this pass makes those safe: every slot an op reads or writes
/// through the frame is below <see cref="LoweredFunction.FrameSlots"/> and every jump target (and br_table pool
/// entry) is inside the code. A lowering bug thus becomes an internal error at prepare time, never memory corruption.
/// Every op must be classified here: an op the verifier does not know is rejected (add new ops to <see cref="Check"/>).
/// </summary>
internal sealed partial class Lowerer
{
    /// <summary>The operand shapes of the generated numeric ops: A dst, B x, C y (register forms) or K (immediate
    /// forms); branches jump to A.</summary>
    private enum Shape : byte { Unknown, Unary, Binary, BinaryImm, Branch, BranchImm }

    private static readonly Shape[] s_shapes = BuildShapes();

    private static Shape[] BuildShapes()
    {
        var shapes = new Shape[Enum.GetValues<Op>().Length];
        foreach (var opcode in Enum.GetValues<Opcode>())
        {
            if (NumericOf(opcode) is not { Reg: not Op.Nop } num) continue;
            shapes[(int)num.Reg] = num.Arity == 1 ? Shape.Unary : Shape.Binary;
            if (num.Imm != Op.Nop) shapes[(int)num.Imm] = Shape.BinaryImm;
            if (FusedCompareBranch(num.Reg) is not { } fused) continue;
            shapes[(int)fused.True] = shapes[(int)fused.False] = Shape.Branch;
            if (fused.TrueImm != Op.Nop) shapes[(int)fused.TrueImm] = shapes[(int)fused.FalseImm] = Shape.BranchImm;
        }
        return shapes;
    }

    internal static void Verify(LoweredFunction f)
    {
        var code = f.Code;
        foreach (int t in f.BrTables) Target(code, t);
        foreach (var h in f.Handlers ?? [])
        {
            if (h.IsDelegate) continue;
            Target(code, h.Stub);
            Slots(f.FrameSlots, h.Dest, h.Slots);
        }
        for (int pc = 0; pc < code.Length; pc++)
        {
            try
            {
                Check(f, code, in code[pc]);
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"interpreter internal error: lowered code fails verification at {pc} ({code[pc]}): {e.Message}");
            }
        }
    }

    private static void Check(LoweredFunction f, Inst[] code, in Inst i)
    {
        int n = f.FrameSlots;
        switch (i.Op)
        {
            case Op.Nop or Op.Unreachable or Op.FellOffEnd or Op.DataDrop or Op.ElemDrop: return;
            case Op.LoopHead or Op.Fuel or Op.FuelLoopHead or Op.UseMemory: return;
            case Op.Throw: Slots(n, i.B, 0); return; // the payload's extent is checked where it is read (array copies)
            case Op.ThrowRef: Slots(n, i.B, 1); return;
            case Op.Br: Target(code, i.A); return;
            case Op.BrIfNz or Op.BrIfZ or Op.BrRefNull or Op.BrRefNonNull: Target(code, i.A); Slots(n, i.B, 1); return;
            case Op.RefAsNonNull: Slots(n, i.A, 1); Slots(n, i.B, 1); return;
            case Op.BrTable:
                if (i.A < 0 || i.B < 0 || (long)i.A + i.B + 1 > f.BrTables.Length) Fail("br_table pool range");
                Slots(n, i.C, 1);
                return;
            case Op.Return: Slots(n, 0, i.C); Slots(n, i.B, i.C); return;
            case Op.Move: Slots(n, i.A, i.C); Slots(n, i.B, i.C); return;
            case Op.Copy or Op.CopyRef: Slots(n, i.A, 1); Slots(n, i.B, 1); return;
            case Op.Copy2: Slots(n, i.A, 2); Slots(n, i.B, 2); return;
            case Op.CheckAddress64 or Op.CheckTableIndex64: Slots(n, i.A, 1); return;
            case Op.CopyPair: Slots(n, i.A, 1); Slots(n, i.B, 1); Slots(n, i.C, 1); SlotK(n, i.K, 1); return;
            case Op.Const or Op.RefNull or Op.RefFunc or Op.MemorySize or Op.GlobalGet or Op.GlobalGetRef: Slots(n, i.A, 1); return;
            case Op.GlobalGet2: Slots(n, i.A, 2); return;
            case Op.GlobalSet or Op.GlobalSetRef: Slots(n, i.B, 1); return;
            case Op.GlobalSet2: Slots(n, i.B, 2); return;
            // Arguments from B; the callee's frame is ensured by the call itself.
            case Op.Call: Slots(n, i.B, 0); return;
            case Op.CallIndirect or Op.CallRef: Slots(n, i.B, 0); SlotK(n, i.K, 1); return;
            // Tail calls: the arguments and where they move to (the frame's base); the callee's frame is ensured by the call.
            case Op.ReturnCall: Slots(n, i.B, i.C); Slots(n, 0, i.C); return;
            case Op.ReturnCallIndirect or Op.ReturnCallRef:
                Slots(n, i.B, Lowerer.TailArgSlots(i.K));
                Slots(n, 0, Lowerer.TailArgSlots(i.K));
                SlotK(n, (uint)i.K, 1);
                return;
            case Op.Select or Op.SelectRef: Slots(n, i.A, 1); Slots(n, i.B, 1); Slots(n, i.C, 1); SlotK(n, i.K, 1); return;
            case Op.Select2: Slots(n, i.A, 2); Slots(n, i.B, 2); Slots(n, i.C, 2); SlotK(n, i.K, 1); return;
            case >= Op.I32Load and <= Op.I32Store16: Slots(n, i.A, 1); Slots(n, i.B, 1); return;
            case Op.MemoryGrow or Op.RefIsNull: Slots(n, i.A, 1); Slots(n, i.B, 1); return;
            // Bulk and table ops go through the (bounds-checked) slot arrays; still keep them inside the frame.
            case Op.MemoryFill or Op.MemoryCopy or Op.MemoryInit or Op.TableFill or Op.TableCopy or Op.TableInit: Slots(n, i.B, 3); return;
            case Op.TableGet or Op.TableSize: Slots(n, i.B, 1); return;
            case Op.Atomic:
                if (AtomicShape.Of((Opcode)i.A) is not { } atomic) Fail($"atomic op with opcode {i.A}");
                else Slots(n, i.B, Math.Max(atomic.Operands, atomic.Result is null ? 0 : 1));
                return;
            case Op.TableSet or Op.TableGrow: Slots(n, i.B, 2); return;
            // Fused f64 load: A dst, B operand, C address; fused store: A address, B and C operands.
            case >= Op.F64AddLoad and <= Op.F64LoadMul: Slots(n, i.A, 1); Slots(n, i.B, 1); Slots(n, i.C, 1); return;
            case >= Op.F64AddStore and <= Op.F64MulStore: Slots(n, i.A, 1); Slots(n, i.B, 1); Slots(n, i.C, 1); return;
            case >= Op.I32ShlImmAdd and <= Op.I32ShlImmXor: Slots(n, i.A, 1); Slots(n, i.B, 1); Slots(n, i.C, 1); return;
            case Op.I32AddAdd or Op.SelectNz64: Slots(n, i.A, 1); Slots(n, i.B, 1); Slots(n, i.C, 1); SlotK(n, i.K, 1); return;
            case Op.F64AddLoadStore or Op.F64LoadAddStore: Slots(n, i.A, 1); Slots(n, i.B, 1); return;
            case Op.I32AddImmBrNz or Op.I32AddImmBrNeImm: Target(code, i.A); Slots(n, i.B, 1); Slots(n, i.C, 1); return;
            case Op.Simd:
            {
                // Unused operand fields are 0, and FrameSlots has two spare slots above the operands, so a v128-wide
                // check of every field is exact for v128 operands and conservative for scalar ones.
                Slots(n, i.A, 2);
                Slots(n, i.B, 2);
                Slots(n, i.C, 2);
                var simd = Simd.SimdDispatch.OpOf(i.K);
                bool third = simd == Opcode.I8x16Shuffle || Validation.OperatorSignatures.Table[(int)simd].ParamCount == 3;
                if (third) Slots(n, (int)(uint)i.K, 2); // shuffle's lanes, bitselect's mask, relaxed SIMD's third operand
                return;
            }
        }
        if (CheckGc(n, code, in i)) return;
        switch ((int)i.Op < s_shapes.Length ? s_shapes[(int)i.Op] : Shape.Unknown)
        {
            case Shape.Unary or Shape.BinaryImm: Slots(n, i.A, 1); Slots(n, i.B, 1); return;
            case Shape.Binary: Slots(n, i.A, 1); Slots(n, i.B, 1); Slots(n, i.C, 1); return;
            case Shape.Branch: Target(code, i.A); Slots(n, i.B, 1); Slots(n, i.C, 1); return;
            case Shape.BranchImm: Target(code, i.A); Slots(n, i.B, 1); return;
            default: Fail($"the verifier does not know {i.Op}"); return;
        }
    }

    private static void Slots(int frameSlots, int first, int count)
    {
        if (first < 0 || count < 0 || (long)first + count > frameSlots) Fail($"slots {first}..+{count} outside the frame of {frameSlots}");
    }

    private static void SlotK(int frameSlots, ulong k, int count)
    {
        if (k > int.MaxValue) Fail($"slot {k} outside the frame");
        Slots(frameSlots, (int)k, count);
    }

    private static void Target(Inst[] code, int target)
    {
        if ((uint)target >= (uint)code.Length) Fail($"jump target {target} outside the code ({code.Length})");
    }

    private static void Fail(string what) => throw new InvalidOperationException(what);
}
