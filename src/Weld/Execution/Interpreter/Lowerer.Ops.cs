using Weld.Syntax;
using Weld.Validation;

namespace Weld.Execution.Interpreter;

/// <summary>Lowering of each wasm instruction.</summary>
internal sealed partial class Lowerer
{
    private void Lower(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.Nop: return;
            case Opcode.Unreachable: Emit(Op.Unreachable); MarkDead(); return;
            case Opcode.Block: Block(CtrlKind.Block, ins.A); return;
            case Opcode.Loop: Block(CtrlKind.Loop, ins.A); return;
            case Opcode.If: If(ins.A); return;
            case Opcode.Else: Else(); return;
            case Opcode.End: End(); return;
            case Opcode.Br: Branch(ins.A); MarkDead(); return;
            case Opcode.BrIf: BrIf(ins.A); return;
            case Opcode.BrTable: BrTable(in ins); return;
            case Opcode.Return: Return(); return;
            case Opcode.Call: Call(_def.FunctionType(ins.A), Op.Call, ins.A, 0, 0); return;
            case Opcode.CallIndirect:
            {
                int idx = PopSrc();
                if (_def.TableTypeAt(ins.B).AddressType == AddressType.I64) Emit(Op.CheckTableIndex64, idx, 0, ins.B);
                Call(_def.FuncTypeAt(ins.A), Op.CallIndirect, ins.A, ins.B, (ulong)idx);
                return;
            }
            case Opcode.ReturnCall: ReturnCall(_def.FunctionType(ins.A), Op.ReturnCall, ins.A, 0, null); return;
            case Opcode.ReturnCallIndirect: ReturnCall(_def.FuncTypeAt(ins.A), Op.ReturnCallIndirect, ins.A, ins.B, PopSrc()); return;
            case Opcode.CallRef or Opcode.ReturnCallRef or Opcode.RefAsNonNull or Opcode.BrOnNull or Opcode.BrOnNonNull:
                TypedReference(in ins);
                return;
            case Opcode.Throw: Throw(ins.A); return;
            case Opcode.ThrowRef: ThrowRef(); return;
            case Opcode.TryTable: TryTable(in ins); return;
            case Opcode.Try: Try(ins.A); return;
            case Opcode.Catch: Catch(ins.A); return;
            case Opcode.CatchAll: Catch(-1); return;
            case Opcode.Delegate: Delegate(ins.A); return;
            case Opcode.Rethrow: Rethrow(ins.A); return;
            case Opcode.Drop: Pop(); return;
            case Opcode.Select:
            case Opcode.SelectT:
            {
                if (TryFuseSelect(Top(1).Kind)) return;
                int cond = PopSrc();
                var kind = Top().Kind;
                int y = PopSrc();
                int x = PopSrc();
                EmitProducer(kind == ValueKind.V128 ? Op.Select2 : IsRef(kind) ? Op.SelectRef : Op.Select, kind, x, y, (ulong)cond);
                return;
            }
            case Opcode.LocalGet: Push(_localKind[ins.A], Loc.Local, _localSlot[ins.A]); return;
            case Opcode.LocalSet: SetLocal(ins.A); return;
            case Opcode.LocalTee: SetLocal(ins.A); Push(_localKind[ins.A], Loc.Local, _localSlot[ins.A]); return;
            case Opcode.GlobalGet:
            {
                var kind = _def.GlobalTypeAt(ins.A).ValType.Kind;
                EmitProducer(kind == ValueKind.V128 ? Op.GlobalGet2 : IsRef(kind) ? Op.GlobalGetRef : Op.GlobalGet, kind, ins.A);
                return;
            }
            case Opcode.GlobalSet:
            {
                var kind = Top().Kind;
                int src = PopSrc();
                Emit(kind == ValueKind.V128 ? Op.GlobalSet2 : IsRef(kind) ? Op.GlobalSetRef : Op.GlobalSet, ins.A, src);
                return;
            }
            case Opcode.I32Const: Push(ValueKind.I32, Loc.Const, k: (uint)ins.C); return;
            case Opcode.I64Const: Push(ValueKind.I64, Loc.Const, k: ins.C); return;
            case Opcode.F32Const: Push(ValueKind.F32, Loc.Const, k: (uint)ins.C); return;
            case Opcode.F64Const: Push(ValueKind.F64, Loc.Const, k: ins.C); return;
            case Opcode.RefNull: EmitProducer(Op.RefNull, (ValueKind)ins.A); return;
            case Opcode.RefIsNull: { int src = PopSrc(); EmitProducer(Op.RefIsNull, ValueKind.I32, src); return; }
            case Opcode.RefFunc: EmitProducer(Op.RefFunc, ValueKind.FuncRef, ins.A); return;
            case Opcode.MemorySize: EmitProducer(Op.MemorySize, MemoryAddressKind(ins.A), ins.A); return;
            case Opcode.MemoryGrow: { int src = PopSrc(); EmitProducer(Op.MemoryGrow, MemoryAddressKind(ins.A), src, ins.A); return; }
            case Opcode.MemoryFill: Bulk(Op.MemoryFill, 3, null, ins.A, 0); return;
            case Opcode.MemoryCopy: Bulk(Op.MemoryCopy, 3, null, ins.A, ins.B); return;
            case Opcode.MemoryInit: Bulk(Op.MemoryInit, 3, null, ins.A, ins.B); return;
            case Opcode.DataDrop: Emit(Op.DataDrop, ins.A); return;
            case Opcode.TableGet: Bulk(Op.TableGet, 1, _def.TableTypeAt(ins.A).ElementType.Kind, ins.A, 0); return;
            case Opcode.TableSet: Bulk(Op.TableSet, 2, null, ins.A, 0); return;
            case Opcode.TableSize: Bulk(Op.TableSize, 0, TableAddressKind(ins.A), ins.A, 0); return;
            case Opcode.TableGrow: Bulk(Op.TableGrow, 2, TableAddressKind(ins.A), ins.A, 0); return;
            case Opcode.TableFill: Bulk(Op.TableFill, 3, null, ins.A, 0); return;
            case Opcode.TableCopy: Bulk(Op.TableCopy, 3, null, ins.A, ins.B); return;
            case Opcode.TableInit: Bulk(Op.TableInit, 3, null, ins.A, ins.B); return;
            case Opcode.ElemDrop: Emit(Op.ElemDrop, ins.A); return;
        }
        if (LowerGc(in ins)) return;
        if (OpcodeFamilies.IsSimd(ins.Op))
        {
            LowerSimd(in ins);
            return;
        }
        if (AtomicShape.Of(ins.Op) is { } atomic)
        {
            // Atomics check alignment, then bounds, on a 64-bit address too (as compiled code does).
            int at = PopMaterialized(atomic.Operands);
            if (atomic.Result is { } kind) Push(kind);
            Emit(Op.Atomic, (int)ins.Op, at, ins.B, ins.C);
            _producer = -1;
            return;
        }
        if (MemoryOp(in ins)) return;
        if (NumericOf(ins.Op) is { } num)
        {
            LowerNumeric(num);
            return;
        }
        throw new NotSupportedException($"the interpreter does not support {OpcodeNames.Of(ins.Op)}");
    }

    private void LowerNumeric(Numeric num)
    {
        // A reinterpretation changes the type only: slots hold the bits.
        if (num.Reg == Op.Nop)
        {
            Top().Kind = num.Result;
            return;
        }
        if (num.Arity == 1)
        {
            int src = PopSrc();
            EmitProducer(num.Reg, num.Result, src);
            return;
        }
        ref var y = ref Top();
        ref var x = ref Top(1);
        if (num.Imm != Op.Nop && x.Loc == Loc.Const && y.Loc != Loc.Const && Commutes(num.Reg))
        {
            var constant = x.K;
            int ys = PopSrc();
            Pop();
            EmitProducer(num.Imm, num.Result, ys, 0, constant);
            return;
        }
        if (num.Imm != Op.Nop && y.Loc == Loc.Const)
        {
            var constant = Pop().K;
            int xs = PopSrc();
            EmitProducer(num.Imm, num.Result, xs, 0, constant);
            return;
        }
        if (TryFuseBinary(num)) return;
        int yb = PopSrc();
        int xb = PopSrc();
        EmitProducer(num.Reg, num.Result, xb, yb);
    }

    private void SetLocal(int index)
    {
        int slot = _localSlot[index];
        var kind = _localKind[index];
        // Values still pending as reads of this local must be read before it changes.
        if (_pending > 0)
        {
            for (int i = 0; i < _count - 1; i++)
                if (_vs[i].Loc == Loc.Local && _vs[i].Local == slot) Materialize(i);
        }
        ref var top = ref Top();
        if (top.Loc == Loc.Slot && _producer == _code.Count - 1 && _producer >= 0 && _code[_producer].A == Home(top.Pos))
        {
            Retarget(_producer, slot);
            Pop();
            _producer = -1;
            return;
        }
        var e = Pop();
        if (e.Loc == Loc.Const) Emit(Op.Const, slot, k: e.K);
        else
        {
            int src = e.Loc == Loc.Local ? e.Local : Home(e.Pos);
            if (src != slot) EmitCopy(kind, slot, src);
        }
        _producer = -1;
    }

    private void Call(FuncType type, Op op, int a, int c, ulong k)
    {
        int argBase = PopMaterialized(type.ParamArray.Length);
        Emit(op, a, argBase, c, k);
        foreach (var r in type.ResultArray) Push(r.Kind);
        // Room for the callee's frame header is the callee's business; results may exceed the arguments.
        _producer = -1;
    }

    /// <summary>An instruction with operands in consecutive homes from B (materialized) and its result, if any, at B.</summary>
    private void Bulk(Op op, int operands, ValueKind? result, int a, int c)
    {
        int b = PopMaterialized(operands);
        if (result is { } kind) Push(kind);
        Emit(op, a, b, c);
        _producer = -1;
    }

    private bool MemoryOp(in Instr ins)
    {
        if (ins.Op is < Opcode.I32Load or > Opcode.I64Store32) return false;
        (Op op, ValueKind kind, bool load) = ins.Op switch
        {
            Opcode.I32Load => (Op.I32Load, ValueKind.I32, true),
            Opcode.I64Load => (Op.I64Load, ValueKind.I64, true),
            Opcode.F32Load => (Op.I32Load, ValueKind.F32, true),
            Opcode.F64Load => (Op.I64Load, ValueKind.F64, true),
            Opcode.I32Load8S => (Op.I32Load8S, ValueKind.I32, true),
            Opcode.I32Load8U => (Op.I32Load8U, ValueKind.I32, true),
            Opcode.I32Load16S => (Op.I32Load16S, ValueKind.I32, true),
            Opcode.I32Load16U => (Op.I32Load16U, ValueKind.I32, true),
            Opcode.I64Load8S => (Op.I64Load8S, ValueKind.I64, true),
            Opcode.I64Load8U => (Op.I64Load8U, ValueKind.I64, true),
            Opcode.I64Load16S => (Op.I64Load16S, ValueKind.I64, true),
            Opcode.I64Load16U => (Op.I64Load16U, ValueKind.I64, true),
            Opcode.I64Load32S => (Op.I64Load32S, ValueKind.I64, true),
            Opcode.I64Load32U => (Op.I64Load32U, ValueKind.I64, true),
            Opcode.I32Store or Opcode.F32Store or Opcode.I64Store32 => (Op.I32Store, ValueKind.I32, false),
            Opcode.I64Store or Opcode.F64Store => (Op.I64Store, ValueKind.I64, false),
            Opcode.I32Store8 or Opcode.I64Store8 => (Op.I32Store8, ValueKind.I32, false),
            Opcode.I32Store16 or Opcode.I64Store16 => (Op.I32Store16, ValueKind.I32, false),
            _ => throw new NotSupportedException(OpcodeNames.Of(ins.Op)),
        };
        int memory = ins.B;
        if (IsMemory64(memory))
        {
            Memory64Access(in ins, op, kind, load);
            return true;
        }
        if (load && Top().Loc == Loc.Const)
        {
            ulong at = Pop().K + ins.C;
            UseMemory(memory);
            EmitProducer(op, kind, _zeroSlot, 0, at);
            RestoreMemory(memory);
            return true;
        }
        if (!load && Top(1).Loc == Loc.Const)
        {
            int value = PopSrc();
            ulong at = Pop().K + ins.C;
            UseMemory(memory);
            Emit(op, value, _zeroSlot, 0, at);
            RestoreMemory(memory);
            _producer = -1;
            return true;
        }
        if (load)
        {
            int addend = FuseAddressAdd(0, out int fusedAddr);
            int addr = fusedAddr;
            if (fusedAddr >= 0) Pop();
            else addr = PopSrc();
            UseMemory(memory);
            EmitProducer(op, kind, addr, addend, ins.C);
            RestoreMemory(memory);
        }
        else
        {
            if (memory == 0 && TryFuseStore(op, ins.C)) return true;
            int addend = FuseAddressAdd(1, out int fusedAddr);
            int value = PopSrc();
            int addr = fusedAddr;
            if (fusedAddr >= 0) Pop();
            else addr = PopSrc();
            UseMemory(memory);
            Emit(op, value, addr, addend, ins.C);
            RestoreMemory(memory);
            _producer = -1;
        }
        return true;
    }

    private bool IsMemory64(int memory) => _def.MemoryTypeAt(memory).AddressType == AddressType.I64;

    private ValueKind MemoryAddressKind(int memory) => IsMemory64(memory) ? ValueKind.I64 : ValueKind.I32;

    private ValueKind TableAddressKind(int table) =>
        _def.TableTypeAt(table).AddressType == AddressType.I64 ? ValueKind.I64 : ValueKind.I32;

    /// <summary>An access to a 64-bit memory: <see cref="Op.CheckAddress64"/> traps unless the whole access is inside the
    /// memory, then makes the cached base and length a window of that memory starting at the address's high 32 bits,
    /// in which the ordinary access (reading the low 32) is exact; <see cref="EndMemory64Window"/> follows it.</summary>
    private void Memory64Access(in Instr ins, Op op, ValueKind kind, bool load)
    {
        int memory = ins.B;
        int size = 1 << OperatorSignatures.Table[(int)ins.Op].MaxAlign;
        int value = load ? 0 : PopSrc();
        int addr = PopSrc();
        Emit(Op.CheckAddress64, addr, size, memory, ins.C);
        if (load) EmitProducer(op, kind, addr, 0, ins.C);
        else Emit(op, value, addr, 0, ins.C);
        EndMemory64Window();
    }

    /// <summary>After an access through <see cref="Op.CheckAddress64"/>'s window: the cached base and length are memory
    /// 0's again (whichever memory the access used), and no peephole may fuse the access.</summary>
    private void EndMemory64Window()
    {
        Emit(Op.UseMemory, 0);
        _producer = -1;
    }

    /// <summary>Before an access to a memory other than 0 (multi-memory): the dispatch loop's cached base and length
    /// become that memory's for the next instruction. Memory 0 keeps its fast path: nothing is emitted for it.</summary>
    private void UseMemory(int memory)
    {
        if (memory != 0) Emit(Op.UseMemory, memory);
    }

    /// <summary>After an access to a memory other than 0: the cached base and length are memory 0's again. The access
    /// is then no longer the last instruction, so no peephole may fuse it (fusions assume memory 0).</summary>
    private void RestoreMemory(int memory)
    {
        if (memory == 0) return;
        Emit(Op.UseMemory, 0);
        _producer = -1;
    }

    /// <summary>
    /// When the address (<paramref name="fromTop"/> entries below the top; the entries above it pending, so they
    /// emitted nothing) was just computed into its home by an i32.add/sub with an immediate, removes that instruction
    /// and returns its addend for the access's C field, with <paramref name="addr"/> the add's operand slot (read by
    /// the access instead: nothing was emitted in between, so it still holds the same value). Otherwise returns 0
    /// and addr = -1.
    /// </summary>
    private int FuseAddressAdd(int fromTop, out int addr)
    {
        addr = -1;
        ref var e = ref Top(fromTop);
        if (e.Loc != Loc.Slot || _producer < 0 || _producer != _code.Count - 1 || _code[_producer].A != Home(e.Pos)) return 0;
        for (int i = 0; i < fromTop; i++) if (Top(i).Loc == Loc.Slot) return 0;
        var p = _code[_producer];
        int addend;
        if (p.Op == Op.I32AddImm) addend = (int)(uint)p.K;
        else if (p.Op == Op.I32SubImm) addend = -(int)(uint)p.K;
        else return 0;
        _code.RemoveAt(_code.Count - 1);
        _producer = -1;
        addr = p.B;
        return addend;
    }
}
