using System.Numerics; // BitOperations in the generated cases
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weld.Execution.Gc;
using Weld.Runtime;

namespace Weld.Execution.Interpreter;

/// <summary>
/// The dispatch loop. One C# frame runs any depth of wasm calls: calls push a <see cref="Frame"/> on the thread's
/// <see cref="FrameStack"/> and continue in the loop.
/// <para>Each case reads and writes the running instruction's operands through <see cref="Operands"/> (slots A, B
/// and C, typed, and the constant K), which also holds the frame's slot base; see there for the invariant that makes
/// its unchecked slot access safe. After anything that may reallocate the stack (host calls) it is made again.</para>
/// <para>An instruction's case is one line (calls, returns and memory.grow, which change the loop's state, take a
/// few). The numeric cases and the <see cref="Operands"/> methods they call are generated from the instruction table.</para>
/// </summary>
internal static partial class Machine
{
    public static void Invoke(WasmFunctionInstance function, ExecStack stack, int argBase)
    {
        var frames = FrameStack.Current;
        int savedFrames = frames.Count;
        int savedDepth = stack.Depth;
        frames.EnterSegment();
        try
        {
            Run(function, stack, argBase, frames);
        }
        catch (TrapException e) when (Backtraces.Record(e))
        {
            throw; // not reached: the filter only records
        }
        finally
        {
            frames.Count = savedFrames;
            frames.LeaveSegment();
            stack.Depth = savedDepth;
        }
    }

    /// <summary>Never inlined: each of its frames on the .NET stack stands for one segment of the frame stack when a
    /// backtrace is read from the .NET stack (<see cref="Backtraces"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Run(WasmFunctionInstance entry, ExecStack stack, int argBase, FrameStack frames)
    {
        RuntimeStore store = entry.Store; // every function a wasm call reaches is in the caller's store
        int maxDepth = store.Engine.Options.MaxCallDepth;
        int baseFrames = frames.Count;
        ulong[] slots = stack.Slots;
        object?[] refs = stack.Refs;

        WasmFunctionInstance func = entry;
        LoweredFunction lf = (LoweredFunction)entry.Code;
        int fpi = argBase;
        FunctionInstance callee;
        int argAt;
        int tailSlots;
        bool tailRefs;
        ExceptionInstance? thrown;

        if (++stack.Depth > maxDepth) Trap.Throw(TrapCode.CallStackExhausted);
        ControlChecks.Interrupt(store);
        frames.Push(func, lf, fpi);
        if (fpi + lf.FrameSlots > slots.Length)
        {
            stack.EnsureCapacity(fpi + lf.FrameSlots);
            slots = stack.Slots;
            refs = stack.Refs;
        }
        ClearLocals(slots, refs, fpi, lf);

        ModuleInstance mod = func.Module;
        FunctionInstance[] funcs = mod.Functions;
        GlobalInstance[] globals = mod.Globals;
        nint mb = MemoryAccess.BaseOf(mod);
        ulong ml = MemoryAccess.LengthOf(mod);
        ref Inst code0 = ref MemoryMarshal.GetArrayDataReference(lf.Code);
        ref Inst ip = ref code0;
        var o = new Operands(slots, fpi, ref ip);

        while (true)
        {
            ref Inst ins = ref ip;
            ip = ref Unsafe.Add(ref ip, 1);
            o = o.At(ref ins);
#if WELD_OPSTATS
            OpStats.Count(ins.Op);
            OpStats.CountPc(lf, PcOf(ref code0, ref ins));
#endif
            switch (ins.Op)
            {
                case Op.Nop: break;
                case Op.Unreachable: Trap.Throw(TrapCode.Unreachable); break;
                case Op.FellOffEnd: throw new InvalidOperationException($"interpreter internal error: fell off the end of {func.DebugName}");
                case Op.LoopHead: ControlChecks.Interrupt(store); break;
                case Op.Fuel: ControlChecks.ChargeFuel(store, (long)ins.K); break;
                case Op.FuelLoopHead:
                    ControlChecks.Interrupt(store);
                    ControlChecks.ChargeFuel(store, (long)ins.K);
                    break;
                case Op.Br: ip = ref At(ref code0, ins.A); break;
                case Op.BrIfNz: if (o.U32B != 0) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfZ: if (o.U32B == 0) ip = ref At(ref code0, ins.A); break;
                case Op.BrTable: ip = ref At(ref code0, lf.BrTables[ins.A + (int)Math.Min(o.U32C, (uint)ins.B)]); break;
                case Op.Copy: o.A = o.B; break;
                case Op.CopyRef: Ref(refs, fpi, ins.A) = Ref(refs, fpi, ins.B); break;
                case Op.Copy2: o.SetA(o.V128B); break;
                case Op.CopyPair: o.A = o.B; o.C = o.SlotK; break;
                case Op.Const: o.A = ins.K; break;
                case Op.Move: Move(o, refs, fpi, ins.A, ins.B, ins.C, ins.K != 0); break;
                case Op.Select: o.A = (uint)o.SlotK != 0 ? o.B : o.C; break;
                case Op.SelectRef: Ref(refs, fpi, ins.A) = Ref(refs, fpi, Pick(o.SlotK, ins.B, ins.C)); break;
                case Op.Select2: o.SetA(o.V128At(Pick(o.SlotK, ins.B, ins.C))); break;
                case Op.GlobalGet: o.A = globals[ins.B].Lo; break;
                case Op.GlobalGetRef: Ref(refs, fpi, ins.A) = globals[ins.B].Ref; break;
                case Op.GlobalGet2: o.A = globals[ins.B].Lo; o.Slot(ins.A + 1) = globals[ins.B].Hi; break;
                case Op.GlobalSet: globals[ins.A].Lo = o.B; break;
                case Op.GlobalSetRef: globals[ins.A].Ref = Ref(refs, fpi, ins.B); break;
                case Op.GlobalSet2: globals[ins.A].Lo = o.B; globals[ins.A].Hi = o.Slot(ins.B + 1); break;

                // Loads: slot A = mem[address + K]; stores: mem[address + K] = slot A (address: slot B + C, see Operands.Address).
                case Op.I32Load: o.SetA(MemoryAccess.U32(mb, ml, o.Address, ins.K)); break;
                case Op.I64Load: o.SetA(MemoryAccess.U64(mb, ml, o.Address, ins.K)); break;
                case Op.I32Load8S: o.SetA((int)MemoryAccess.S8(mb, ml, o.Address, ins.K)); break;
                case Op.I32Load8U: o.SetA(MemoryAccess.U8(mb, ml, o.Address, ins.K)); break;
                case Op.I32Load16S: o.SetA((int)MemoryAccess.S16(mb, ml, o.Address, ins.K)); break;
                case Op.I32Load16U: o.SetA((uint)MemoryAccess.U16(mb, ml, o.Address, ins.K)); break;
                case Op.I64Load8S: o.SetA((long)MemoryAccess.S8(mb, ml, o.Address, ins.K)); break;
                case Op.I64Load8U: o.SetA(MemoryAccess.U8(mb, ml, o.Address, ins.K)); break;
                case Op.I64Load16S: o.SetA((long)MemoryAccess.S16(mb, ml, o.Address, ins.K)); break;
                case Op.I64Load16U: o.SetA((uint)MemoryAccess.U16(mb, ml, o.Address, ins.K)); break;
                case Op.I64Load32S: o.SetA((long)MemoryAccess.S32(mb, ml, o.Address, ins.K)); break;
                case Op.I64Load32U: o.SetA(MemoryAccess.U32(mb, ml, o.Address, ins.K)); break;
                case Op.I32Store: MemoryAccess.Store32(mb, ml, o.Address, ins.K, o.A); break;
                case Op.I64Store: MemoryAccess.Store64(mb, ml, o.Address, ins.K, o.A); break;
                case Op.I32Store8: MemoryAccess.Store8(mb, ml, o.Address, ins.K, o.A); break;
                case Op.I32Store16: MemoryAccess.Store16(mb, ml, o.Address, ins.K, o.A); break;
                case Op.Simd: Simd.SimdDispatch.Execute(o, mb, ml); break;
                case Op.MemorySize:
                    o.SetA((uint)mod.Memories[ins.B].Pages);
                    ml = MemoryAccess.LengthOf(mod); // a shared memory may have been grown by another thread
                    break;
                case Op.MemoryGrow:
                    o.SetA(Bulk.MemoryGrow(mod.Memories[ins.C], o.Slot(ins.B)));
                    mb = MemoryAccess.BaseOf(mod);
                    ml = MemoryAccess.LengthOf(mod);
                    break;
                case Op.MemoryFill: Bulk.MemoryFill(mod, ins.A, slots, fpi + ins.B); break;
                case Op.MemoryCopy: Bulk.MemoryCopy(mod, ins.A, ins.C, slots, fpi + ins.B); break;
                case Op.MemoryInit: Bulk.MemoryInit(mod, ins.A, ins.C, slots, fpi + ins.B); break;
                case Op.DataDrop: mod.Datas[ins.A].Bytes = []; break;
                case Op.TableGet: Bulk.TableGet(mod, ins.A, slots, refs, fpi + ins.B); break;
                case Op.TableSet: Bulk.TableSet(mod, ins.A, slots, refs, fpi + ins.B); break;
                case Op.TableSize: o.B = mod.Tables[ins.A].Length; break;
                case Op.TableGrow: Bulk.TableGrow(mod, ins.A, slots, refs, fpi + ins.B); break;
                case Op.TableFill: Bulk.TableFill(mod, ins.A, slots, refs, fpi + ins.B); break;
                case Op.TableCopy: Bulk.TableCopy(mod, ins.A, ins.C, slots, fpi + ins.B); break;
                case Op.TableInit: Bulk.TableInit(mod, ins.A, ins.C, slots, fpi + ins.B); break;
                case Op.ElemDrop: mod.Elems[ins.A].Items = []; break;
                case Op.Atomic:
                    AtomicOps.Execute(mod, (Syntax.Opcode)ins.A, ins.C, ins.K, slots, fpi + ins.B);
                    ml = MemoryAccess.LengthOf(mod); // as memory.size: another thread's growth becomes visible
                    break;
                case Op.CheckAddress64:
                {
                    // The access that follows sees the memory from the address's high 32 bits on, so its own 32-bit
                    // address and bounds check are exact however large the memory (it is checked whole here).
                    var wide = mod.Memories[ins.C];
                    ulong address = o.Slot(ins.A);
                    MemoryAccess.Check64(wide, address, ins.K, (uint)ins.B);
                    ulong high = address & ~(ulong)uint.MaxValue;
                    mb = MemoryAccess.BaseOf(wide) + (nint)high;
                    ml = wide.ByteLength - high;
                    break;
                }
                case Op.CheckTableIndex64: Bulk.CheckTableIndex(mod.Tables[ins.C], o.Slot(ins.A)); break;
                case Op.UseMemory:
                    mb = MemoryAccess.BaseOf(mod.Memories[ins.A]);
                    ml = mod.Memories[ins.A].ByteLength;
                    break;
                case Op.RefNull: Ref(refs, fpi, ins.A) = null; o.A = 0; break;
                case Op.RefIsNull: o.SetA(Ref(refs, fpi, ins.B) is null ? 1 : 0); break;
                case Op.RefFunc: Ref(refs, fpi, ins.A) = funcs[ins.B]; break;
                case Op.RefAsNonNull:
                    Ref(refs, fpi, ins.A) = Ref(refs, fpi, ins.B) ?? throw Trap.Exception(TrapCode.NullReference);
                    break;
                case Op.BrRefNull: if (Ref(refs, fpi, ins.B) is null) ip = ref At(ref code0, ins.A); break;
                case Op.BrRefNonNull: if (Ref(refs, fpi, ins.B) is not null) ip = ref At(ref code0, ins.A); break;
                case Op.CallRef:
                    callee = Ref(refs, fpi, (int)ins.K) as FunctionInstance ?? throw Trap.Exception(TrapCode.NullFunctionReference);
                    argAt = fpi + ins.B;
                    goto call;
                case Op.Throw: thrown = ExceptionInstance.FromSlots(mod.Tags[ins.A], slots, refs, fpi + ins.B); goto unwind;
                case Op.ThrowRef: thrown = ThrownRef(Ref(refs, fpi, ins.B)); goto unwind;

                case Op.Call:
                    callee = funcs[ins.A];
                    argAt = fpi + ins.B;
                    goto call;
                case Op.CallIndirect:
                {
                    var table = mod.Tables[ins.C];
                    uint i = (uint)o.SlotK;
                    if (i >= table.Length) Trap.Throw(TrapCode.UndefinedElement);
                    if (table.Elements[i] is not FunctionInstance target) { Trap.UninitializedElement(i); break; }
                    var expected = mod.Types[ins.A];
                    if (!target.Type.IsCallableAs(expected)) Trap.Throw(TrapCode.IndirectCallTypeMismatch);
                    callee = target;
                    argAt = fpi + ins.B;
                    goto call;
                }
                case Op.ReturnCall:
                    callee = funcs[ins.A];
                    argAt = fpi + ins.B;
                    tailSlots = ins.C;
                    tailRefs = ins.K != 0;
                    goto tailCall;
                case Op.ReturnCallIndirect:
                {
                    var table = mod.Tables[ins.C];
                    uint i = (uint)o.Slot((int)(uint)ins.K);
                    if (i >= table.Length) Trap.Throw(TrapCode.UndefinedElement);
                    if (table.Elements[i] is not FunctionInstance target) { Trap.UninitializedElement(i); break; }
                    var expected = mod.Types[ins.A];
                    if (!target.Type.IsCallableAs(expected)) Trap.Throw(TrapCode.IndirectCallTypeMismatch);
                    callee = target;
                    argAt = fpi + ins.B;
                    tailSlots = Lowerer.TailArgSlots(ins.K);
                    tailRefs = Lowerer.TailArgRefs(ins.K);
                    goto tailCall;
                }
                case Op.ReturnCallRef:
                    callee = Ref(refs, fpi, (int)(uint)ins.K) as FunctionInstance ?? throw Trap.Exception(TrapCode.NullFunctionReference);
                    argAt = fpi + ins.B;
                    tailSlots = Lowerer.TailArgSlots(ins.K);
                    tailRefs = Lowerer.TailArgRefs(ins.K);
                    goto tailCall;
                case Op.Return:
                {
                    if (ins.B != 0)
                    {
                        if (ins.C == 1 && ins.K == 0) o.Slot(0) = o.B;
                        else Move(o, refs, fpi, 0, ins.B, ins.C, ins.K != 0);
                    }
                    stack.Depth--;
                    int count = --frames.Count;
                    if (count == baseFrames) return;
                    ref Frame f = ref frames.Items[count - 1];
                    func = f.Func;
                    lf = f.Code;
                    fpi = f.Fp;
                    code0 = ref MemoryMarshal.GetArrayDataReference(lf.Code);
                    ip = ref Unsafe.AddByteOffset(ref code0, (nint)f.Pc);
                    o = new(slots, fpi, ref ip);
                    // Module state changes only across modules: a callee of this module that grew memory updated mb/ml
                    // itself (same loop locals), and every transition to another module (call, return, host call)
                    // reloads them.
                    if (func.Module != mod)
                    {
                        mod = func.Module;
                        funcs = mod.Functions;
                        globals = mod.Globals;
                        mb = MemoryAccess.BaseOf(mod);
                        ml = MemoryAccess.LengthOf(mod);
                    }
                    break;
                }

                // <generated: numeric cases; see src/Weld/Isa/instructions.txt>
                case Op.I32Eqz: o.I32Eqz(); break;
                case Op.I32Eq: o.I32Eq(); break;
                case Op.I32EqImm: o.I32EqImm(); break;
                case Op.I32Ne: o.I32Ne(); break;
                case Op.I32NeImm: o.I32NeImm(); break;
                case Op.I32LtS: o.I32LtS(); break;
                case Op.I32LtSImm: o.I32LtSImm(); break;
                case Op.I32LtU: o.I32LtU(); break;
                case Op.I32LtUImm: o.I32LtUImm(); break;
                case Op.I32GtS: o.I32GtS(); break;
                case Op.I32GtSImm: o.I32GtSImm(); break;
                case Op.I32GtU: o.I32GtU(); break;
                case Op.I32GtUImm: o.I32GtUImm(); break;
                case Op.I32LeS: o.I32LeS(); break;
                case Op.I32LeSImm: o.I32LeSImm(); break;
                case Op.I32LeU: o.I32LeU(); break;
                case Op.I32LeUImm: o.I32LeUImm(); break;
                case Op.I32GeS: o.I32GeS(); break;
                case Op.I32GeSImm: o.I32GeSImm(); break;
                case Op.I32GeU: o.I32GeU(); break;
                case Op.I32GeUImm: o.I32GeUImm(); break;
                case Op.I64Eqz: o.I64Eqz(); break;
                case Op.I64Eq: o.I64Eq(); break;
                case Op.I64EqImm: o.I64EqImm(); break;
                case Op.I64Ne: o.I64Ne(); break;
                case Op.I64NeImm: o.I64NeImm(); break;
                case Op.I64LtS: o.I64LtS(); break;
                case Op.I64LtSImm: o.I64LtSImm(); break;
                case Op.I64LtU: o.I64LtU(); break;
                case Op.I64LtUImm: o.I64LtUImm(); break;
                case Op.I64GtS: o.I64GtS(); break;
                case Op.I64GtSImm: o.I64GtSImm(); break;
                case Op.I64GtU: o.I64GtU(); break;
                case Op.I64GtUImm: o.I64GtUImm(); break;
                case Op.I64LeS: o.I64LeS(); break;
                case Op.I64LeSImm: o.I64LeSImm(); break;
                case Op.I64LeU: o.I64LeU(); break;
                case Op.I64LeUImm: o.I64LeUImm(); break;
                case Op.I64GeS: o.I64GeS(); break;
                case Op.I64GeSImm: o.I64GeSImm(); break;
                case Op.I64GeU: o.I64GeU(); break;
                case Op.I64GeUImm: o.I64GeUImm(); break;
                case Op.F32Eq: o.F32Eq(); break;
                case Op.F32Ne: o.F32Ne(); break;
                case Op.F32Lt: o.F32Lt(); break;
                case Op.F32Gt: o.F32Gt(); break;
                case Op.F32Le: o.F32Le(); break;
                case Op.F32Ge: o.F32Ge(); break;
                case Op.F64Eq: o.F64Eq(); break;
                case Op.F64Ne: o.F64Ne(); break;
                case Op.F64Lt: o.F64Lt(); break;
                case Op.F64Gt: o.F64Gt(); break;
                case Op.F64Le: o.F64Le(); break;
                case Op.F64Ge: o.F64Ge(); break;
                case Op.I32Clz: o.I32Clz(); break;
                case Op.I32Ctz: o.I32Ctz(); break;
                case Op.I32Popcnt: o.I32Popcnt(); break;
                case Op.I32Add: o.I32Add(); break;
                case Op.I32AddImm: o.I32AddImm(); break;
                case Op.I32Sub: o.I32Sub(); break;
                case Op.I32SubImm: o.I32SubImm(); break;
                case Op.I32Mul: o.I32Mul(); break;
                case Op.I32MulImm: o.I32MulImm(); break;
                case Op.I32DivS: o.I32DivS(); break;
                case Op.I32DivSImm: o.I32DivSImm(); break;
                case Op.I32DivU: o.I32DivU(); break;
                case Op.I32DivUImm: o.I32DivUImm(); break;
                case Op.I32RemS: o.I32RemS(); break;
                case Op.I32RemSImm: o.I32RemSImm(); break;
                case Op.I32RemU: o.I32RemU(); break;
                case Op.I32RemUImm: o.I32RemUImm(); break;
                case Op.I32And: o.I32And(); break;
                case Op.I32AndImm: o.I32AndImm(); break;
                case Op.I32Or: o.I32Or(); break;
                case Op.I32OrImm: o.I32OrImm(); break;
                case Op.I32Xor: o.I32Xor(); break;
                case Op.I32XorImm: o.I32XorImm(); break;
                case Op.I32Shl: o.I32Shl(); break;
                case Op.I32ShlImm: o.I32ShlImm(); break;
                case Op.I32ShrS: o.I32ShrS(); break;
                case Op.I32ShrSImm: o.I32ShrSImm(); break;
                case Op.I32ShrU: o.I32ShrU(); break;
                case Op.I32ShrUImm: o.I32ShrUImm(); break;
                case Op.I32Rotl: o.I32Rotl(); break;
                case Op.I32RotlImm: o.I32RotlImm(); break;
                case Op.I32Rotr: o.I32Rotr(); break;
                case Op.I32RotrImm: o.I32RotrImm(); break;
                case Op.I64Clz: o.I64Clz(); break;
                case Op.I64Ctz: o.I64Ctz(); break;
                case Op.I64Popcnt: o.I64Popcnt(); break;
                case Op.I64Add: o.I64Add(); break;
                case Op.I64AddImm: o.I64AddImm(); break;
                case Op.I64Sub: o.I64Sub(); break;
                case Op.I64SubImm: o.I64SubImm(); break;
                case Op.I64Mul: o.I64Mul(); break;
                case Op.I64MulImm: o.I64MulImm(); break;
                case Op.I64DivS: o.I64DivS(); break;
                case Op.I64DivSImm: o.I64DivSImm(); break;
                case Op.I64DivU: o.I64DivU(); break;
                case Op.I64DivUImm: o.I64DivUImm(); break;
                case Op.I64RemS: o.I64RemS(); break;
                case Op.I64RemSImm: o.I64RemSImm(); break;
                case Op.I64RemU: o.I64RemU(); break;
                case Op.I64RemUImm: o.I64RemUImm(); break;
                case Op.I64And: o.I64And(); break;
                case Op.I64AndImm: o.I64AndImm(); break;
                case Op.I64Or: o.I64Or(); break;
                case Op.I64OrImm: o.I64OrImm(); break;
                case Op.I64Xor: o.I64Xor(); break;
                case Op.I64XorImm: o.I64XorImm(); break;
                case Op.I64Shl: o.I64Shl(); break;
                case Op.I64ShlImm: o.I64ShlImm(); break;
                case Op.I64ShrS: o.I64ShrS(); break;
                case Op.I64ShrSImm: o.I64ShrSImm(); break;
                case Op.I64ShrU: o.I64ShrU(); break;
                case Op.I64ShrUImm: o.I64ShrUImm(); break;
                case Op.I64Rotl: o.I64Rotl(); break;
                case Op.I64RotlImm: o.I64RotlImm(); break;
                case Op.I64Rotr: o.I64Rotr(); break;
                case Op.I64RotrImm: o.I64RotrImm(); break;
                case Op.F32Abs: o.F32Abs(); break;
                case Op.F32Neg: o.F32Neg(); break;
                case Op.F32Ceil: o.F32Ceil(); break;
                case Op.F32Floor: o.F32Floor(); break;
                case Op.F32Trunc: o.F32Trunc(); break;
                case Op.F32Nearest: o.F32Nearest(); break;
                case Op.F32Sqrt: o.F32Sqrt(); break;
                case Op.F32Add: o.F32Add(); break;
                case Op.F32AddImm: o.F32AddImm(); break;
                case Op.F32Sub: o.F32Sub(); break;
                case Op.F32SubImm: o.F32SubImm(); break;
                case Op.F32Mul: o.F32Mul(); break;
                case Op.F32MulImm: o.F32MulImm(); break;
                case Op.F32Div: o.F32Div(); break;
                case Op.F32DivImm: o.F32DivImm(); break;
                case Op.F32Min: o.F32Min(); break;
                case Op.F32Max: o.F32Max(); break;
                case Op.F32Copysign: o.F32Copysign(); break;
                case Op.F64Abs: o.F64Abs(); break;
                case Op.F64Neg: o.F64Neg(); break;
                case Op.F64Ceil: o.F64Ceil(); break;
                case Op.F64Floor: o.F64Floor(); break;
                case Op.F64Trunc: o.F64Trunc(); break;
                case Op.F64Nearest: o.F64Nearest(); break;
                case Op.F64Sqrt: o.F64Sqrt(); break;
                case Op.F64Add: o.F64Add(); break;
                case Op.F64AddImm: o.F64AddImm(); break;
                case Op.F64Sub: o.F64Sub(); break;
                case Op.F64SubImm: o.F64SubImm(); break;
                case Op.F64Mul: o.F64Mul(); break;
                case Op.F64MulImm: o.F64MulImm(); break;
                case Op.F64Div: o.F64Div(); break;
                case Op.F64DivImm: o.F64DivImm(); break;
                case Op.F64Min: o.F64Min(); break;
                case Op.F64Max: o.F64Max(); break;
                case Op.F64Copysign: o.F64Copysign(); break;
                case Op.I32WrapI64: o.I32WrapI64(); break;
                case Op.I32TruncF32S: o.I32TruncF32S(); break;
                case Op.I32TruncF32U: o.I32TruncF32U(); break;
                case Op.I32TruncF64S: o.I32TruncF64S(); break;
                case Op.I32TruncF64U: o.I32TruncF64U(); break;
                case Op.I64ExtendI32S: o.I64ExtendI32S(); break;
                case Op.I64ExtendI32U: o.I64ExtendI32U(); break;
                case Op.I64TruncF32S: o.I64TruncF32S(); break;
                case Op.I64TruncF32U: o.I64TruncF32U(); break;
                case Op.I64TruncF64S: o.I64TruncF64S(); break;
                case Op.I64TruncF64U: o.I64TruncF64U(); break;
                case Op.F32ConvertI32S: o.F32ConvertI32S(); break;
                case Op.F32ConvertI32U: o.F32ConvertI32U(); break;
                case Op.F32ConvertI64S: o.F32ConvertI64S(); break;
                case Op.F32ConvertI64U: o.F32ConvertI64U(); break;
                case Op.F32DemoteF64: o.F32DemoteF64(); break;
                case Op.F64ConvertI32S: o.F64ConvertI32S(); break;
                case Op.F64ConvertI32U: o.F64ConvertI32U(); break;
                case Op.F64ConvertI64S: o.F64ConvertI64S(); break;
                case Op.F64ConvertI64U: o.F64ConvertI64U(); break;
                case Op.F64PromoteF32: o.F64PromoteF32(); break;
                case Op.I32Extend8S: o.I32Extend8S(); break;
                case Op.I32Extend16S: o.I32Extend16S(); break;
                case Op.I64Extend8S: o.I64Extend8S(); break;
                case Op.I64Extend16S: o.I64Extend16S(); break;
                case Op.I64Extend32S: o.I64Extend32S(); break;
                case Op.I32TruncSatF32S: o.I32TruncSatF32S(); break;
                case Op.I32TruncSatF32U: o.I32TruncSatF32U(); break;
                case Op.I32TruncSatF64S: o.I32TruncSatF64S(); break;
                case Op.I32TruncSatF64U: o.I32TruncSatF64U(); break;
                case Op.I64TruncSatF32S: o.I64TruncSatF32S(); break;
                case Op.I64TruncSatF32U: o.I64TruncSatF32U(); break;
                case Op.I64TruncSatF64S: o.I64TruncSatF64S(); break;
                case Op.I64TruncSatF64U: o.I64TruncSatF64U(); break;
                case Op.BrIfI32Eq: if (o.BrIfI32Eq()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32EqImm: if (o.BrIfI32EqImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32Ne: if (o.BrIfI32Ne()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32NeImm: if (o.BrIfI32NeImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32LtS: if (o.BrIfI32LtS()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32LtSImm: if (o.BrIfI32LtSImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32LtU: if (o.BrIfI32LtU()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32LtUImm: if (o.BrIfI32LtUImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32GtS: if (o.BrIfI32GtS()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32GtSImm: if (o.BrIfI32GtSImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32GtU: if (o.BrIfI32GtU()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32GtUImm: if (o.BrIfI32GtUImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32LeS: if (o.BrIfI32LeS()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32LeSImm: if (o.BrIfI32LeSImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32LeU: if (o.BrIfI32LeU()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32LeUImm: if (o.BrIfI32LeUImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32GeS: if (o.BrIfI32GeS()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32GeSImm: if (o.BrIfI32GeSImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32GeU: if (o.BrIfI32GeU()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI32GeUImm: if (o.BrIfI32GeUImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64Eq: if (o.BrIfI64Eq()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64EqImm: if (o.BrIfI64EqImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64Ne: if (o.BrIfI64Ne()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64NeImm: if (o.BrIfI64NeImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64LtS: if (o.BrIfI64LtS()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64LtSImm: if (o.BrIfI64LtSImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64LtU: if (o.BrIfI64LtU()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64LtUImm: if (o.BrIfI64LtUImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64GtS: if (o.BrIfI64GtS()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64GtSImm: if (o.BrIfI64GtSImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64GtU: if (o.BrIfI64GtU()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64GtUImm: if (o.BrIfI64GtUImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64LeS: if (o.BrIfI64LeS()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64LeSImm: if (o.BrIfI64LeSImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64LeU: if (o.BrIfI64LeU()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64LeUImm: if (o.BrIfI64LeUImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64GeS: if (o.BrIfI64GeS()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64GeSImm: if (o.BrIfI64GeSImm()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64GeU: if (o.BrIfI64GeU()) ip = ref At(ref code0, ins.A); break;
                case Op.BrIfI64GeUImm: if (o.BrIfI64GeUImm()) ip = ref At(ref code0, ins.A); break;
                // </generated>

                // ---- superinstructions: f64 arithmetic with a fused load or store (address in K, see Op.F64AddLoad) ----
                case Op.F64AddLoad: o.SetA(NumericSemantics.F64Add(o.F64B, LoadF64(mb, ml, Fused(o.C, ins.K), ins.K))); break;
                case Op.F64LoadAdd: o.SetA(NumericSemantics.F64Add(LoadF64(mb, ml, Fused(o.C, ins.K), ins.K), o.F64B)); break;
                case Op.F64SubLoad: o.SetA(NumericSemantics.F64Sub(o.F64B, LoadF64(mb, ml, Fused(o.C, ins.K), ins.K))); break;
                case Op.F64LoadSub: o.SetA(NumericSemantics.F64Sub(LoadF64(mb, ml, Fused(o.C, ins.K), ins.K), o.F64B)); break;
                case Op.F64MulLoad: o.SetA(NumericSemantics.F64Mul(o.F64B, LoadF64(mb, ml, Fused(o.C, ins.K), ins.K))); break;
                case Op.F64LoadMul: o.SetA(NumericSemantics.F64Mul(LoadF64(mb, ml, Fused(o.C, ins.K), ins.K), o.F64B)); break;
                case Op.F64AddStore: StoreF64(mb, ml, Fused(o.A, ins.K), ins.K, NumericSemantics.F64Add(o.F64B, o.F64C)); break;
                case Op.F64SubStore: StoreF64(mb, ml, Fused(o.A, ins.K), ins.K, NumericSemantics.F64Sub(o.F64B, o.F64C)); break;
                case Op.F64MulStore: StoreF64(mb, ml, Fused(o.A, ins.K), ins.K, NumericSemantics.F64Mul(o.F64B, o.F64C)); break;
                case Op.F64AddLoadStore:
                {
                    ulong at = Fused(o.A, ins.K); // one address for the load and the store
                    StoreF64(mb, ml, at, ins.K, NumericSemantics.F64Add(o.F64B, LoadF64(mb, ml, at, ins.K)));
                    break;
                }
                case Op.F64LoadAddStore:
                {
                    ulong at = Fused(o.A, ins.K);
                    StoreF64(mb, ml, at, ins.K, NumericSemantics.F64Add(LoadF64(mb, ml, at, ins.K), o.F64B));
                    break;
                }
                // ---- superinstructions: an immediate op feeding a binary op ----
                case Op.I32ShlImmAdd: o.SetA(NumericSemantics.I32Add(NumericSemantics.I32Shl(o.U32B, o.U32K), o.U32C)); break;
                case Op.I32MulImmAdd: o.SetA(NumericSemantics.I32Add(NumericSemantics.I32Mul(o.U32B, o.U32K), o.U32C)); break;
                case Op.I32RotlImmXor: o.SetA(NumericSemantics.I32Xor(NumericSemantics.I32Rotl(o.U32B, o.U32K), o.U32C)); break;
                case Op.I32ShrUImmXor: o.SetA(NumericSemantics.I32Xor(NumericSemantics.I32ShrU(o.U32B, o.U32K), o.U32C)); break;
                case Op.I32ShlImmXor: o.SetA(NumericSemantics.I32Xor(NumericSemantics.I32Shl(o.U32B, o.U32K), o.U32C)); break;
                case Op.I32AddAdd: o.SetA(NumericSemantics.I32Add(NumericSemantics.I32Add(o.U32B, o.U32C), (uint)o.SlotK)); break;
                // ---- superinstructions: a loop counter step and its branch (slot C = slot B + (u32)K) ----
                case Op.I32AddImmBrNz: if ((o.C = NumericSemantics.I32Add(o.U32B, o.U32K)) != 0) ip = ref At(ref code0, ins.A); break;
                case Op.I32AddImmBrNeImm: if ((o.C = NumericSemantics.I32Add(o.U32B, o.U32K)) != (uint)(ins.K >> 32)) ip = ref At(ref code0, ins.A); break;
                // ---- superinstructions: a select whose i64.eqz condition was folded ----
                case Op.SelectNz64: o.A = o.SlotK != 0 ? o.B : o.C; break;

                // ---- garbage collection (semantics in GcOps; the allocations and bulk ops in Machine.Gc.cs) ----
                case Op.Gc: RunGc(mod, in ins, slots, refs, fpi + ins.B); break;
                case Op.StructNew: Ref(refs, fpi, ins.B) = NewStruct(store, mod.RuntimeTypes[ins.A], slots, refs, fpi + ins.B, ins.C); break;
                case Op.StructGet: o.A = GcOps.GetNumberAt(Ref(refs, fpi, ins.B), ins.C); break;
                case Op.StructGet2:
                    o.A = GcOps.GetNumberAt(Ref(refs, fpi, ins.B), ins.C);
                    o.Slot(ins.A + 1) = GcOps.GetNumberAt(Ref(refs, fpi, ins.B), ins.C + 1);
                    break;
                case Op.StructGetS: o.SetA(GcOps.GetSignedAt(Ref(refs, fpi, ins.B), ins.C, (Syntax.PackedType)ins.K)); break;
                case Op.StructGetRef: Ref(refs, fpi, ins.A) = GcOps.GetRefAt(Ref(refs, fpi, ins.B), ins.C); break;
                case Op.StructSet: GcOps.SetNumberAt(Ref(refs, fpi, ins.A), ins.C, o.B, (Syntax.PackedType)ins.K); break;
                case Op.StructSet2: GcOps.SetV128At(Ref(refs, fpi, ins.A), ins.C, o.B, o.Slot(ins.B + 1)); break;
                case Op.StructSetRef: GcOps.SetRefAt(Ref(refs, fpi, ins.A), ins.C, Ref(refs, fpi, ins.B)); break;
                case Op.ArrayGetU8: o.SetA(GcOps.ArrayGetU8(Ref(refs, fpi, ins.B), o.U32C)); break;
                case Op.ArrayGetS8: o.SetA(GcOps.ArrayGetS8(Ref(refs, fpi, ins.B), o.U32C)); break;
                case Op.ArrayGetU16: o.SetA(GcOps.ArrayGetU16(Ref(refs, fpi, ins.B), o.U32C)); break;
                case Op.ArrayGetS16: o.SetA(GcOps.ArrayGetS16(Ref(refs, fpi, ins.B), o.U32C)); break;
                case Op.ArrayGet32: o.SetA(GcOps.ArrayGet32(Ref(refs, fpi, ins.B), o.U32C)); break;
                case Op.ArrayGet64: o.A = GcOps.ArrayGet64(Ref(refs, fpi, ins.B), o.U32C); break;
                case Op.ArrayGet2:
                {
                    var (low, high) = GcOps.ArrayGetV128(Ref(refs, fpi, ins.B), o.U32C);
                    o.A = low;
                    o.Slot(ins.A + 1) = high;
                    break;
                }
                case Op.ArrayGetRef: Ref(refs, fpi, ins.A) = GcOps.ArrayGetRef(Ref(refs, fpi, ins.B), o.U32C); break;
                case Op.ArraySet8: GcOps.ArraySet8(Ref(refs, fpi, ins.A), o.U32B, o.C); break;
                case Op.ArraySet16: GcOps.ArraySet16(Ref(refs, fpi, ins.A), o.U32B, o.C); break;
                case Op.ArraySet32: GcOps.ArraySet32(Ref(refs, fpi, ins.A), o.U32B, o.C); break;
                case Op.ArraySet64: GcOps.ArraySet64(Ref(refs, fpi, ins.A), o.U32B, o.C); break;
                case Op.ArraySet2: GcOps.ArraySetV128(Ref(refs, fpi, ins.A), o.U32B, o.C, o.Slot(ins.C + 1)); break;
                case Op.ArraySetRef: GcOps.ArraySetRef(Ref(refs, fpi, ins.A), o.U32B, Ref(refs, fpi, ins.C)); break;
                case Op.ArrayLen: o.SetA(GcOps.ArrayLen(Ref(refs, fpi, ins.B))); break;
                case Op.RefEq: o.SetA(GcOps.RefEq(Ref(refs, fpi, ins.B), Ref(refs, fpi, ins.C)) ? 1 : 0); break;
                case Op.RefI31: Ref(refs, fpi, ins.A) = GcOps.RefI31(o.I32B); break;
                case Op.I31GetS: o.SetA(GcOps.I31GetS(Ref(refs, fpi, ins.B))); break;
                case Op.I31GetU: o.SetA(GcOps.I31GetU(Ref(refs, fpi, ins.B))); break;
                case Op.RefTestAbstract: o.SetA(GcOps.TestAbstract(Ref(refs, fpi, ins.B), (AbstractHeapType)ins.C, ins.K != 0) ? 1 : 0); break;
                case Op.RefTestConcrete: o.SetA(GcOps.TestConcrete(Ref(refs, fpi, ins.B), mod.RuntimeTypes[ins.C], ins.K != 0) ? 1 : 0); break;
                case Op.RefCastAbstract:
                    Ref(refs, fpi, ins.A) = GcOps.CastAbstract(Ref(refs, fpi, ins.B), (AbstractHeapType)ins.C, ins.K != 0);
                    break;
                case Op.RefCastConcrete:
                    Ref(refs, fpi, ins.A) = GcOps.CastConcrete(Ref(refs, fpi, ins.B), mod.RuntimeTypes[ins.C], ins.K != 0);
                    break;
                case Op.BrOnCastAbstract:
                    if (GcOps.TestAbstract(Ref(refs, fpi, ins.B), (AbstractHeapType)ins.C, (ins.K & 1) != 0) == ((ins.K & 2) != 0))
                        ip = ref At(ref code0, ins.A);
                    break;
                case Op.BrOnCastConcrete:
                    if (GcOps.TestConcrete(Ref(refs, fpi, ins.B), mod.RuntimeTypes[ins.C], (ins.K & 1) != 0) == ((ins.K & 2) != 0))
                        ip = ref At(ref code0, ins.A);
                    break;

                default: throw new InvalidOperationException($"interpreter: bad opcode {ins.Op}");
            }
            continue;

        unwind:
            // The innermost handler of this run that catches the exception: this frame's first, then its callers'.
            while (true)
            {
                if (lf.Handlers is { } handlers && FindHandler(handlers, PcOf(ref code0, ref ip) - 1, thrown, mod) is { } h)
                {
                    // A catch_all passes no payload; a clause for the tag passes exactly the tag's (the verified extent).
                    int payload = h.Tag >= 0 ? thrown.Slots.Length : 0;
                    int payloadAt = h.RefFirst ? h.Dest + 1 : h.Dest;
                    if (payload != 0) thrown.ToSlots(slots, refs, fpi + payloadAt);
                    if (h.WithRef) Ref(refs, fpi, h.RefFirst ? h.Dest : h.Dest + payload) = thrown;
                    ip = ref At(ref code0, h.Stub);
                    o = new(slots, fpi, ref ip);
                    break;
                }
                stack.Depth--;
                int left = --frames.Count;
                if (left == baseFrames) throw new WasmException(thrown);
                ref Frame caller = ref frames.Items[left - 1];
                func = caller.Func;
                lf = caller.Code;
                fpi = caller.Fp;
                code0 = ref MemoryMarshal.GetArrayDataReference(lf.Code);
                ip = ref Unsafe.AddByteOffset(ref code0, (nint)caller.Pc);
                if (func.Module != mod)
                {
                    mod = func.Module;
                    funcs = mod.Functions;
                    globals = mod.Globals;
                }
            }
            mb = MemoryAccess.BaseOf(mod);
            ml = MemoryAccess.LengthOf(mod);
            continue;

        call:
            if (callee is WasmFunctionInstance w && w.Code is LoweredFunction clf)
            {
                if (++stack.Depth > maxDepth) Trap.Throw(TrapCode.CallStackExhausted);
                ControlChecks.Interrupt(store);
                Frame[] items = frames.Items;
                int count = frames.Count;
                // Pc holds the byte offset of the resume point (no division by the Inst size).
                items[count - 1].Pc = (int)Unsafe.ByteOffset(ref code0, ref ip);
                if (count == items.Length) items = frames.Grow();
                ref Frame nf = ref items[count];
                nf.Func = w;
                nf.Code = clf;
                nf.Fp = argAt;
                frames.Count = count + 1;
                if (argAt + clf.FrameSlots > slots.Length)
                {
                    stack.EnsureCapacity(argAt + clf.FrameSlots);
                    slots = stack.Slots;
                    refs = stack.Refs;
                }
                int clear = clf.ClearSlots;
                if (clear != 0)
                {
                    int from = argAt + clf.ParamSlots;
                    if (clear <= 8)
                    {
                        // Bounds: from + clear <= argAt + FrameSlots <= slots.Length (ensured just above).
                        ref ulong c0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), from);
                        for (int i = 0; i < clear; i++) Unsafe.Add(ref c0, i) = 0;
                    }
                    else slots.AsSpan(from, clear).Clear();
                    if (clf.HasRefLocals) refs.AsSpan(from, clear).Clear();
                }
                func = w;
                lf = clf;
                fpi = argAt;
                code0 = ref MemoryMarshal.GetArrayDataReference(lf.Code);
                ip = ref code0;
                o = new(slots, fpi, ref ip);
                if (w.Module != mod)
                {
                    mod = w.Module;
                    funcs = mod.Functions;
                    globals = mod.Globals;
                    mb = MemoryAccess.BaseOf(mod);
                    ml = MemoryAccess.LengthOf(mod);
                }
            }
            else
            {
                thrown = CallOut(callee, stack, argAt, mod);
                // The host may have re-entered wasm (reallocating the stack) or grown memory.
                slots = stack.Slots;
                refs = stack.Refs;
                if (thrown is not null) goto unwind;
                o = new(slots, fpi, ref ip);
                mb = MemoryAccess.BaseOf(mod);
                ml = MemoryAccess.LengthOf(mod);
            }
            continue;

        tailCall:
            // The callee takes over this frame: its arguments move to the frame's base (overlapping moves are safe),
            // and neither the frame stack nor the call depth grows, however long a chain of tail calls runs.
            if (tailSlots != 0)
            {
                slots.AsSpan(argAt, tailSlots).CopyTo(slots.AsSpan(fpi));
                if (tailRefs) refs.AsSpan(argAt, tailSlots).CopyTo(refs.AsSpan(fpi));
            }
            if (callee is WasmFunctionInstance tw && tw.Code is LoweredFunction tlf)
            {
                ControlChecks.Interrupt(store);
                ref Frame tf = ref frames.Items[frames.Count - 1];
                tf.Func = tw;
                tf.Code = tlf;
                if (fpi + tlf.FrameSlots > slots.Length)
                {
                    stack.EnsureCapacity(fpi + tlf.FrameSlots);
                    slots = stack.Slots;
                    refs = stack.Refs;
                }
                ClearLocals(slots, refs, fpi, tlf);
                func = tw;
                lf = tlf;
                code0 = ref MemoryMarshal.GetArrayDataReference(lf.Code);
                ip = ref code0;
                o = new(slots, fpi, ref ip);
                if (tw.Module != mod)
                {
                    mod = tw.Module;
                    funcs = mod.Functions;
                    globals = mod.Globals;
                    mb = MemoryAccess.BaseOf(mod);
                    ml = MemoryAccess.LengthOf(mod);
                }
                continue;
            }
            // A host function (or code of another back end) runs as an ordinary call from this frame's base, which
            // leaves its results where this frame's results go; then this frame returns.
            CallOut(callee, stack, fpi, mod);
            slots = stack.Slots;
            refs = stack.Refs;
            stack.Depth--;
            int tcount = --frames.Count;
            if (tcount == baseFrames) return;
            ref Frame rf = ref frames.Items[tcount - 1];
            func = rf.Func;
            lf = rf.Code;
            fpi = rf.Fp;
            code0 = ref MemoryMarshal.GetArrayDataReference(lf.Code);
            ip = ref Unsafe.AddByteOffset(ref code0, (nint)rf.Pc);
            o = new(slots, fpi, ref ip);
            if (func.Module != mod)
            {
                mod = func.Module;
                funcs = mod.Functions;
                globals = mod.Globals;
            }
            // The host may have grown this module's memory.
            mb = MemoryAccess.BaseOf(mod);
            ml = MemoryAccess.LengthOf(mod);
        }
    }

    /// <summary>The exception of a throw_ref operand (a null exnref traps).</summary>
    private static ExceptionInstance ThrownRef(object? exnref)
    {
        if (exnref is not ExceptionInstance e) Trap.Throw(TrapCode.NullReference);
        return (ExceptionInstance)exnref!;
    }

    /// <summary>The first clause covering <paramref name="pc"/> that catches <paramref name="e"/> (innermost try first;
    /// a delegate skips the tries nested deeper than its target).</summary>
    private static Handler? FindHandler(Handler[] handlers, int pc, ExceptionInstance e, ModuleInstance mod)
    {
        int limit = int.MaxValue;
        foreach (var h in handlers)
        {
            if (pc < h.Start || pc >= h.End || h.Depth > limit) continue;
            if (h.IsDelegate) limit = Math.Min(limit, h.DelegateTo);
            else if (h.Tag < 0 || ReferenceEquals(mod.Tags[h.Tag], e.Tag)) return h;
        }
        return null;
    }

    /// <summary>Slot <paramref name="ifTrue"/> when the i32 condition is non-zero, else <paramref name="ifFalse"/>. (A helper,
    /// not a ?: inside the Operands call: that would make the JIT keep the operands view in memory.)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Pick(ulong condition, int ifTrue, int ifFalse) => (uint)condition != 0 ? ifTrue : ifFalse;

    /// <summary>The instruction at <paramref name="pc"/> (a jump target the lowering verified).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Inst At(ref Inst code0, int pc) => ref Unsafe.Add(ref code0, pc);

    /// <summary>The address of a fused memory operand: the address slot's value plus the add immediate in K's high half,
    /// wrapped to 32 bits (the memarg offset is K's low half).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fused(ulong addressSlot, ulong k) => (uint)((uint)addressSlot + (uint)(k >> 32));

    /// <summary>The f64 at a fused memory operand's address <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double LoadF64(nint mb, ulong ml, ulong at, ulong k) =>
        BitConverter.UInt64BitsToDouble(MemoryAccess.U64(mb, ml, at, (uint)k));

    /// <summary>Stores an f64 at a fused memory operand's address <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreF64(nint mb, ulong ml, ulong at, ulong k, double v) =>
        MemoryAccess.Store64(mb, ml, at, (uint)k, BitConverter.DoubleToUInt64Bits(v));

    /// <summary>The index of <paramref name="at"/> in the code array starting at <paramref name="code0"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PcOf(ref Inst code0, ref Inst at) => (int)(Unsafe.ByteOffset(ref code0, ref at) / Unsafe.SizeOf<Inst>());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearLocals(ulong[] slots, object?[] refs, int fpi, LoweredFunction lf)
    {
        int n = lf.LocalSlots - lf.ParamSlots;
        if (n == 0) return;
        slots.AsSpan(fpi + lf.ParamSlots, n).Clear();
        if (lf.HasRefLocals) refs.AsSpan(fpi + lf.ParamSlots, n).Clear();
    }

    /// <summary>Copies <paramref name="n"/> slots from <paramref name="src"/> down to <paramref name="dst"/> (dst &lt; src, so a forward copy is safe).</summary>
    private static void Move(Operands o, object?[] refs, int fpi, int dst, int src, int n, bool withRefs)
    {
        for (int i = 0; i < n; i++) o.Slot(dst + i) = o.Slot(src + i);
        if (withRefs)
            for (int i = 0; i < n; i++) Ref(refs, fpi, dst + i) = Ref(refs, fpi, src + i);
    }

    /// <summary>Reference slot <paramref name="i"/> of the frame at <paramref name="fpi"/>, without bounds checks (the
    /// invariant of <see cref="Operands"/>: <paramref name="refs"/> is as long as the slot array). Not held by the loop
    /// like the slots' base: few instructions touch references, and one more base held across the loop made the JIT
    /// spill and reload it on every instruction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref object? Ref(object?[] refs, int fpi, int i) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(refs), fpi + i);

    /// <summary>Calls a host function (or code of another back end) with arguments at <paramref name="argAt"/>; returns
    /// the wasm exception it threw, if any (for the dispatch loop to unwind, without an exception handler of its own).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ExceptionInstance? CallOut(FunctionInstance f, ExecStack stack, int argAt, ModuleInstance caller)
    {
        int room = Math.Max(Calls.SlotCount(f.Type.ParamArray), Calls.SlotCount(f.Type.ResultArray));
        int savedTop = stack.Top;
        var savedCaller = stack.Caller;
        stack.Top = argAt + room;
        stack.EnsureCapacity(stack.Top + 1);
        stack.Caller = caller;
        try
        {
            Calls.Invoke(f, stack, argAt);
            return null;
        }
        catch (WasmException e)
        {
            return (ExceptionInstance)e.Instance;
        }
        finally
        {
            // Restored on traps and exits too, so no later host call sees a stale (possibly other store's) caller.
            stack.Top = savedTop;
            stack.Caller = savedCaller;
        }
    }
}
