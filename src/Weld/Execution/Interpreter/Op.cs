namespace Weld.Execution.Interpreter;

/// <summary>
/// The interpreter's own instruction set (register style: operands are frame slots, see <see cref="Inst"/>).
/// Dense so that the dispatch switch compiles to a jump table. The numeric ops are generated from the instruction
/// table: a register form (A = dst, B = x, C = y) and, where the table says imm, an immediate form (K = y), and the
/// fused compare-and-branch ops, which jump to A.
/// </summary>
internal enum Op : int
{
    Nop,
    Unreachable,
    /// <summary>Never emitted by a correct lowering's reachable code: the guard after each function's last instruction.</summary>
    FellOffEnd,
    /// <summary>A loop head: trap "interrupted" if the store's interrupt word is set.</summary>
    LoopHead,
    /// <summary>throw: tag A, payload from slot B (exception handling; unwinds to a handler, see Machine.Unwind).</summary>
    Throw,
    /// <summary>throw_ref: the exnref in slot B (a null one traps).</summary>
    ThrowRef,
    /// <summary>Charge K units of fuel (trap "all fuel consumed" if fewer are left).</summary>
    Fuel,
    /// <summary><see cref="LoopHead"/> then <see cref="Fuel"/>.</summary>
    FuelLoopHead,
    /// <summary>pc = A.</summary>
    Br,
    /// <summary>if slot B != 0 (32 bits): pc = A.</summary>
    BrIfNz,
    /// <summary>if slot B == 0 (32 bits): pc = A.</summary>
    BrIfZ,
    /// <summary>pc = BrTables[A + min(slot C, B)].</summary>
    BrTable,
    /// <summary>Copy C slots from B to 0 (refs too when K != 0), then leave the frame.</summary>
    Return,
    /// <summary>Copy C slots from B to A (refs too when K != 0); the ranges may overlap (A &lt; B).</summary>
    Move,
    /// <summary>slot A = slot B.</summary>
    Copy,
    /// <summary>slot A = slot B, ref A = ref B.</summary>
    CopyRef,
    /// <summary>slots A, A+1 = slots B, B+1 (v128).</summary>
    Copy2,
    /// <summary>slot A = K.</summary>
    Const,
    /// <summary>Call function A; arguments (and then results) from slot B.</summary>
    Call,
    /// <summary>Call through table C, element index in slot K, expected type A; arguments from slot B.</summary>
    CallIndirect,
    /// <summary>Tail call of function A: the B.. arguments (C slots; references too when K != 0) become this frame's.</summary>
    ReturnCall,
    /// <summary>Tail call through table C, expected type A, arguments from slot B; K packs the element index's slot
    /// (low 32 bits), the argument slot count (bits 32..62) and whether to move references (bit 63).</summary>
    ReturnCallIndirect,
    /// <summary>Tail call through the function reference in ref slot K's low 32 bits (trapping "null function
    /// reference"), arguments from slot B; K packs the slot count and the references flag as for ReturnCallIndirect.</summary>
    ReturnCallRef,
    /// <summary>slot A = slot K != 0 ? slot B : slot C.</summary>
    Select,
    SelectRef,
    Select2,
    /// <summary>slot A = global B.</summary>
    GlobalGet,
    GlobalGetRef,
    GlobalGet2,
    /// <summary>global A = slot B.</summary>
    GlobalSet,
    GlobalSetRef,
    GlobalSet2,
    // Loads: slot A = mem[(u32)(slot B + C) + K]; stores: mem[(u32)(slot B + C) + K] = slot A. C is a fused i32.add/sub
    // immediate on the address (0 when none); the 32-bit wrap of that add is kept.
    I32Load,
    I64Load,
    I32Load8S,
    I32Load8U,
    I32Load16S,
    I32Load16U,
    I64Load8S,
    I64Load8U,
    I64Load16S,
    I64Load16U,
    I64Load32S,
    I64Load32U,
    I32Store,
    I64Store,
    I32Store8,
    I32Store16,
    /// <summary>slot A = pages of memory B.</summary>
    MemorySize,
    /// <summary>slot A = grow memory C by slot B.</summary>
    MemoryGrow,
    // Bulk and table ops: operands in consecutive slots from B, result (if any) at B; immediates in A and C.
    MemoryFill,
    MemoryCopy,
    MemoryInit,
    DataDrop,
    TableGet,
    TableSet,
    TableSize,
    TableGrow,
    TableFill,
    TableCopy,
    TableInit,
    ElemDrop,
    /// <summary>An atomic instruction (threads): opcode A, operands in consecutive slots from B, result at B, memory C,
    /// memarg offset K; see <see cref="AtomicOps"/>.</summary>
    Atomic,
    /// <summary>ref A = null.</summary>
    RefNull,
    /// <summary>slot A = ref B is null.</summary>
    RefIsNull,
    /// <summary>ref A = function B.</summary>
    RefFunc,
    /// <summary>ref A = ref B, trapping "null reference" when it is null (ref.as_non_null).</summary>
    RefAsNonNull,
    /// <summary>Jump to A when ref B is null (br_on_null).</summary>
    BrRefNull,
    /// <summary>Jump to A when ref B is not null (br_on_non_null).</summary>
    BrRefNonNull,
    /// <summary>call_ref: the function in ref K (trapping "null function reference"), arguments from B.</summary>
    CallRef,
    // <generated: numeric ops; see src/Weld/Isa/instructions.txt>
    // Scalar numeric instructions in table order: the register form (slot A = slot B op slot C) and, where the
    // table says imm, the immediate form (slot A = slot B op K, K holding the constant's bits).
    I32Eqz,
    I32Eq,
    I32EqImm,
    I32Ne,
    I32NeImm,
    I32LtS,
    I32LtSImm,
    I32LtU,
    I32LtUImm,
    I32GtS,
    I32GtSImm,
    I32GtU,
    I32GtUImm,
    I32LeS,
    I32LeSImm,
    I32LeU,
    I32LeUImm,
    I32GeS,
    I32GeSImm,
    I32GeU,
    I32GeUImm,
    I64Eqz,
    I64Eq,
    I64EqImm,
    I64Ne,
    I64NeImm,
    I64LtS,
    I64LtSImm,
    I64LtU,
    I64LtUImm,
    I64GtS,
    I64GtSImm,
    I64GtU,
    I64GtUImm,
    I64LeS,
    I64LeSImm,
    I64LeU,
    I64LeUImm,
    I64GeS,
    I64GeSImm,
    I64GeU,
    I64GeUImm,
    F32Eq,
    F32Ne,
    F32Lt,
    F32Gt,
    F32Le,
    F32Ge,
    F64Eq,
    F64Ne,
    F64Lt,
    F64Gt,
    F64Le,
    F64Ge,
    I32Clz,
    I32Ctz,
    I32Popcnt,
    I32Add,
    I32AddImm,
    I32Sub,
    I32SubImm,
    I32Mul,
    I32MulImm,
    I32DivS,
    I32DivSImm,
    I32DivU,
    I32DivUImm,
    I32RemS,
    I32RemSImm,
    I32RemU,
    I32RemUImm,
    I32And,
    I32AndImm,
    I32Or,
    I32OrImm,
    I32Xor,
    I32XorImm,
    I32Shl,
    I32ShlImm,
    I32ShrS,
    I32ShrSImm,
    I32ShrU,
    I32ShrUImm,
    I32Rotl,
    I32RotlImm,
    I32Rotr,
    I32RotrImm,
    I64Clz,
    I64Ctz,
    I64Popcnt,
    I64Add,
    I64AddImm,
    I64Sub,
    I64SubImm,
    I64Mul,
    I64MulImm,
    I64DivS,
    I64DivSImm,
    I64DivU,
    I64DivUImm,
    I64RemS,
    I64RemSImm,
    I64RemU,
    I64RemUImm,
    I64And,
    I64AndImm,
    I64Or,
    I64OrImm,
    I64Xor,
    I64XorImm,
    I64Shl,
    I64ShlImm,
    I64ShrS,
    I64ShrSImm,
    I64ShrU,
    I64ShrUImm,
    I64Rotl,
    I64RotlImm,
    I64Rotr,
    I64RotrImm,
    F32Abs,
    F32Neg,
    F32Ceil,
    F32Floor,
    F32Trunc,
    F32Nearest,
    F32Sqrt,
    F32Add,
    F32AddImm,
    F32Sub,
    F32SubImm,
    F32Mul,
    F32MulImm,
    F32Div,
    F32DivImm,
    F32Min,
    F32Max,
    F32Copysign,
    F64Abs,
    F64Neg,
    F64Ceil,
    F64Floor,
    F64Trunc,
    F64Nearest,
    F64Sqrt,
    F64Add,
    F64AddImm,
    F64Sub,
    F64SubImm,
    F64Mul,
    F64MulImm,
    F64Div,
    F64DivImm,
    F64Min,
    F64Max,
    F64Copysign,
    I32WrapI64,
    I32TruncF32S,
    I32TruncF32U,
    I32TruncF64S,
    I32TruncF64U,
    I64ExtendI32S,
    I64ExtendI32U,
    I64TruncF32S,
    I64TruncF32U,
    I64TruncF64S,
    I64TruncF64U,
    F32ConvertI32S,
    F32ConvertI32U,
    F32ConvertI64S,
    F32ConvertI64U,
    F32DemoteF64,
    F64ConvertI32S,
    F64ConvertI32U,
    F64ConvertI64S,
    F64ConvertI64U,
    F64PromoteF32,
    I32Extend8S,
    I32Extend16S,
    I64Extend8S,
    I64Extend16S,
    I64Extend32S,
    I32TruncSatF32S,
    I32TruncSatF32U,
    I32TruncSatF64S,
    I32TruncSatF64U,
    I64TruncSatF32S,
    I64TruncSatF32U,
    I64TruncSatF64S,
    I64TruncSatF64U,
    // Fused compare-and-branch: if slot B op slot C (or K) then pc = A.
    BrIfI32Eq,
    BrIfI32EqImm,
    BrIfI32Ne,
    BrIfI32NeImm,
    BrIfI32LtS,
    BrIfI32LtSImm,
    BrIfI32LtU,
    BrIfI32LtUImm,
    BrIfI32GtS,
    BrIfI32GtSImm,
    BrIfI32GtU,
    BrIfI32GtUImm,
    BrIfI32LeS,
    BrIfI32LeSImm,
    BrIfI32LeU,
    BrIfI32LeUImm,
    BrIfI32GeS,
    BrIfI32GeSImm,
    BrIfI32GeU,
    BrIfI32GeUImm,
    BrIfI64Eq,
    BrIfI64EqImm,
    BrIfI64Ne,
    BrIfI64NeImm,
    BrIfI64LtS,
    BrIfI64LtSImm,
    BrIfI64LtU,
    BrIfI64LtUImm,
    BrIfI64GtS,
    BrIfI64GtSImm,
    BrIfI64GtU,
    BrIfI64GtUImm,
    BrIfI64LeS,
    BrIfI64LeSImm,
    BrIfI64LeU,
    BrIfI64LeUImm,
    BrIfI64GeS,
    BrIfI64GeSImm,
    BrIfI64GeU,
    BrIfI64GeUImm,
    // </generated>
    /// <summary>One SIMD instruction, run by <see cref="Simd.SimdDispatch.Execute"/>: A = result, B and C = operands,
    /// K = sub-opcode, lane and offset or third operand (see <see cref="Simd.SimdDispatch.Pack"/>).</summary>
    Simd,
    // ---- superinstructions (peephole fusions of the lowering) ----
    /// <summary>slot A = slot B, then slot C = slot K (two merged Copys).</summary>
    CopyPair,
    // f64 arithmetic with a fused load: A = dst, B = the other operand's slot, memory operand at
    // mem[(u32)(slot C + (int)(K >> 32)) + (u32)K] (K packs the address add's immediate and the offset).
    /// <summary>slot A = slot B + f64 mem.</summary>
    F64AddLoad,
    /// <summary>slot A = f64 mem + slot B.</summary>
    F64LoadAdd,
    /// <summary>slot A = slot B - f64 mem.</summary>
    F64SubLoad,
    /// <summary>slot A = f64 mem - slot B.</summary>
    F64LoadSub,
    /// <summary>slot A = slot B * f64 mem.</summary>
    F64MulLoad,
    /// <summary>slot A = f64 mem * slot B.</summary>
    F64LoadMul,
    // f64 arithmetic stored: mem[(u32)(slot A + (int)(K >> 32)) + (u32)K] = slot B op slot C.
    F64AddStore,
    F64SubStore,
    F64MulStore,
    /// <summary>slot A = (slot B &lt;&lt; K) + slot C (i32).</summary>
    I32ShlImmAdd,
    /// <summary>slot A = slot B * K + slot C (i32).</summary>
    I32MulImmAdd,
    /// <summary>slot A = rotl(slot B, K) ^ slot C (i32).</summary>
    I32RotlImmXor,
    /// <summary>slot A = (slot B &gt;&gt;u K) ^ slot C (i32).</summary>
    I32ShrUImmXor,
    /// <summary>slot A = (slot B &lt;&lt; K) ^ slot C (i32).</summary>
    I32ShlImmXor,
    /// <summary>slot A = slot B + slot C + slot K (i32).</summary>
    I32AddAdd,
    /// <summary>slot A = slot K (64 bits) != 0 ? slot B : slot C (a select whose i64.eqz condition was folded by swapping).</summary>
    SelectNz64,
    /// <summary>f64 mem = slot B + f64 mem, at mem[(u32)(slot A + (int)(K &gt;&gt; 32)) + (u32)K] (a load, add and store of one address).</summary>
    F64AddLoadStore,
    /// <summary>f64 mem = f64 mem + slot B (as <see cref="F64AddLoadStore"/>, operands the other way round).</summary>
    F64LoadAddStore,
    /// <summary>slot C = slot B + (u32)K; if slot C != 0: pc = A (a loop counter step and its branch).</summary>
    I32AddImmBrNz,
    /// <summary>slot C = slot B + (u32)K; if slot C != (u32)(K &gt;&gt; 32): pc = A.</summary>
    I32AddImmBrNeImm,
    /// <summary>The loop's cached memory base and length become memory A's (multi-memory: emitted around an access to a
    /// memory other than 0, which is restored right after).</summary>
    UseMemory,
    /// <summary>memory64: trap unless slot A (a 64-bit address) + K (the offset) + B (the access size) is inside memory C,
    /// without wrapping; then the cached base and length become memory C's from the address's high 32 bits on, so the
    /// access that follows (reading the address's low 32 bits) is exact. A UseMemory 0 follows that access.</summary>
    CheckAddress64,
    /// <summary>table64: trap "undefined element" unless slot A (a 64-bit index) is inside table C (before a
    /// call_indirect, which then reads the index's low 32 bits).</summary>
    CheckTableIndex64,

    // ---- garbage collection (Lowerer.Gc.cs, Machine.Gc.cs) ----
    /// <summary>A GC instruction with its operands in consecutive slots from B and its result (if any) at B: opcode A,
    /// first immediate C, second immediate in K's low 32 bits, operand slot count in K's high 32 bits.</summary>
    Gc,
    /// <summary>ref B = struct.new of type index A from its operands in the C slots from B.</summary>
    StructNew,
    /// <summary>slot A = the numeric field in storage slot C of the struct in ref B (a packed one zero-extended).</summary>
    StructGet,
    /// <summary>slots A, A+1 = the v128 field in storage slots C, C+1 of the struct in ref B.</summary>
    StructGet2,
    /// <summary>slot A = the packed field (packed type K) in storage slot C of the struct in ref B, sign-extended.</summary>
    StructGetS,
    /// <summary>ref A = the reference field in storage slot C of the struct in ref B.</summary>
    StructGetRef,
    /// <summary>The numeric field in storage slot C of the struct in ref A = slot B, wrapped to packed type K.</summary>
    StructSet,
    /// <summary>The v128 field in storage slots C, C+1 of the struct in ref A = slots B, B+1.</summary>
    StructSet2,
    /// <summary>The reference field in storage slot C of the struct in ref A = ref B.</summary>
    StructSetRef,
    // array.get by element storage: slot A = element slot C of the array in ref B (packed ones zero- or sign-extended).
    ArrayGetU8,
    ArrayGetS8,
    ArrayGetU16,
    ArrayGetS16,
    ArrayGet32,
    ArrayGet64,
    /// <summary>slots A, A+1 = the v128 element slot C of the array in ref B.</summary>
    ArrayGet2,
    /// <summary>ref A = the reference element slot C of the array in ref B.</summary>
    ArrayGetRef,
    // array.set by element storage: element slot B of the array in ref A = slot C (wrapped to a packed width).
    ArraySet8,
    ArraySet16,
    ArraySet32,
    ArraySet64,
    /// <summary>element slot B of the array in ref A = slots C, C+1 (v128).</summary>
    ArraySet2,
    /// <summary>element slot B of the array in ref A = ref C.</summary>
    ArraySetRef,
    /// <summary>slot A = length of the array in ref B.</summary>
    ArrayLen,
    /// <summary>slot A = ref B and ref C are equal (ref.eq).</summary>
    RefEq,
    /// <summary>ref A = the i31 of slot B (ref.i31).</summary>
    RefI31,
    /// <summary>slot A = the i31 in ref B, sign-extended.</summary>
    I31GetS,
    /// <summary>slot A = the i31 in ref B, zero-extended.</summary>
    I31GetU,
    /// <summary>slot A = ref B is of the abstract heap type C (null passes when K != 0).</summary>
    RefTestAbstract,
    /// <summary>slot A = ref B is of the module's type index C (null passes when K != 0).</summary>
    RefTestConcrete,
    /// <summary>ref A = ref B when it is of the abstract heap type C (null passes when K != 0), else trap "cast failure".</summary>
    RefCastAbstract,
    /// <summary>ref A = ref B when it is of the module's type index C (null passes when K != 0), else trap.</summary>
    RefCastConcrete,
    /// <summary>Jump to A when (ref B is of the abstract heap type C, null passing when K bit 0) equals K bit 1 (br_on_cast
    /// and br_on_cast_fail, and their skips).</summary>
    BrOnCastAbstract,
    /// <summary>As <see cref="BrOnCastAbstract"/> against the module's type index C.</summary>
    BrOnCastConcrete,
}
