using System.Reflection.Emit;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

// Instructions on 64-bit memories and tables (memory64, table64) other than loads and stores (see EmitAddress): each
// is a call to CompiledRuntime64 with every numeric operand as an i64. Code on 32-bit memories and tables never
// comes here, so its translation is unchanged.
internal sealed partial class FunctionCompiler
{
    private bool Wide(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.MemorySize when IsMemory64(ins.A):
                _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.A].Memory);
                CallRuntime64(nameof(CompiledRuntime64.MemorySize));
                ReloadMemories();
                Push(ValueKind.I64);
                return true;
            case Opcode.MemoryGrow when IsMemory64(ins.A):
                PopToIl(1);
                _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.A].Memory);
                CallRuntime64(nameof(CompiledRuntime64.MemoryGrow));
                ReloadMemories();
                Push(ValueKind.I64);
                return true;
            case Opcode.MemoryFill when IsMemory64(ins.A):
                PopToIlAsI64(3);
                _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.A].Memory);
                CallRuntime64(nameof(CompiledRuntime64.MemoryFill));
                return true;
            case Opcode.MemoryCopy when IsMemory64(ins.A) || IsMemory64(ins.B):
                PopToIlAsI64(3);
                _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.A].Memory);
                _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.B].Memory);
                CallRuntime64(nameof(CompiledRuntime64.MemoryCopy));
                return true;
            case Opcode.MemoryInit when IsMemory64(ins.B):
                PopToIlAsI64(3);
                _il.Emit(OpCodes.Ldloc, _memoryLocals[ins.B].Memory);
                LoadElement(s_datas, ins.A);
                CallRuntime64(nameof(CompiledRuntime64.MemoryInit));
                return true;
            case Opcode.TableGet when IsTable64(ins.A):
                PopToIl(1);
                LoadElement(s_tables, ins.A);
                CallRuntime64(nameof(CompiledRuntime64.TableGet));
                Push(TableKind(ins.A));
                return true;
            case Opcode.TableSet when IsTable64(ins.A):
                PopToIl(2);
                LoadElement(s_tables, ins.A);
                CallRuntime64(nameof(CompiledRuntime64.TableSet));
                return true;
            case Opcode.TableSize when IsTable64(ins.A):
                LoadElement(s_tables, ins.A);
                CallRuntime64(nameof(CompiledRuntime64.TableSize));
                Push(ValueKind.I64);
                return true;
            case Opcode.TableGrow when IsTable64(ins.A):
                PopToIl(2);
                LoadElement(s_tables, ins.A);
                LoadInstance();
                CallRuntime64(nameof(CompiledRuntime64.TableGrow));
                Push(ValueKind.I64);
                return true;
            case Opcode.TableFill when IsTable64(ins.A):
                PopToIl(3);
                LoadElement(s_tables, ins.A);
                CallRuntime64(nameof(CompiledRuntime64.TableFill));
                return true;
            case Opcode.TableCopy when IsTable64(ins.A) || IsTable64(ins.B):
                PopToIlAsI64(3);
                LoadElement(s_tables, ins.A);
                LoadElement(s_tables, ins.B);
                CallRuntime64(nameof(CompiledRuntime64.TableCopy));
                return true;
            case Opcode.TableInit when IsTable64(ins.B):
                PopToIlAsI64(3);
                LoadElement(s_tables, ins.B);
                LoadElement(s_elems, ins.A);
                CallRuntime64(nameof(CompiledRuntime64.TableInit));
                return true;
            case Opcode.CallIndirect when IsTable64(ins.B):
            {
                var sig = CompiledSignature.Of(_unit.Definition.FuncTypeAt(ins.A));
                PopOperandsForBranchingCode(1);
                int args = _count - sig.Params.Length;
                _il.Emit(OpCodes.Ldloc, _tableLocals[ins.B]);
                _il.Emit(OpCodes.Ldloc, _typeLocals[ins.A]);
                CallRuntime64(nameof(CompiledRuntime64.Indirect));
                CallThrough(sig, args, fuelInStore: true);
                return true;
            }
            default:
                return false;
        }
    }

    private bool IsMemory64(int memory) => _unit.Definition.MemoryTypeAt(memory).AddressType == AddressType.I64;

    private bool IsTable64(int table) => _unit.Definition.TableTypeAt(table).AddressType == AddressType.I64;

    /// <summary>As <see cref="PopToIl"/>, with every i32 operand zero-extended to an i64 (the mixed 32/64-bit forms).</summary>
    private void PopToIlAsI64(int n)
    {
        int first = _count - n;
        SpillFrom(first);
        for (int i = first; i < _count; i++)
        {
            var kind = _stack[i].Kind;
            _il.Emit(OpCodes.Ldloc, Home(i, kind));
            if (kind == ValueKind.I32) _il.Emit(OpCodes.Conv_U8);
        }
        _count = first;
    }

    private void CallRuntime64(string name)
    {
        EmitFuelSync();
        _il.Emit(OpCodes.Call, Members.Method(typeof(CompiledRuntime64), name));
    }
}
