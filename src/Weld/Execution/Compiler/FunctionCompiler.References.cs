using System.Reflection;
using System.Reflection.Emit;
using Weld.Runtime;
using Weld.Syntax;

namespace Weld.Execution.Compiler;

internal sealed partial class FunctionCompiler
{
    private static readonly FieldInfo s_elems = typeof(ModuleInstance).GetField(nameof(ModuleInstance.Elems))!;

    private bool Reference(in Instr ins)
    {
        switch (ins.Op)
        {
            case Opcode.RefNull:
                _il.Emit(OpCodes.Ldnull);
                Push((ValueKind)ins.A);
                return true;
            case Opcode.RefIsNull:
                PopToIl(1);
                CallRuntime(nameof(CompiledRuntime.RefIsNull));
                Push(ValueKind.I32);
                return true;
            case Opcode.RefFunc:
                LoadElement(s_functions, ins.A);
                Push(ValueKind.FuncRef);
                return true;
            case Opcode.TableGet:
                PopToIl(1);
                LoadElement(s_tables, ins.A);
                CallRuntime(nameof(CompiledRuntime.TableGet));
                Push(TableKind(ins.A));
                return true;
            case Opcode.TableSet:
                PopToIl(2);
                LoadElement(s_tables, ins.A);
                CallRuntime(nameof(CompiledRuntime.TableSet));
                return true;
            case Opcode.TableSize:
                LoadElement(s_tables, ins.A);
                CallRuntime(nameof(CompiledRuntime.TableSize));
                Push(ValueKind.I32);
                return true;
            case Opcode.TableGrow:
                PopToIl(2);
                LoadElement(s_tables, ins.A);
                LoadInstance();
                CallRuntime(nameof(CompiledRuntime.TableGrow));
                Push(ValueKind.I32);
                return true;
            case Opcode.TableFill:
                PopToIl(3);
                LoadElement(s_tables, ins.A);
                CallRuntime(nameof(CompiledRuntime.TableFill));
                return true;
            case Opcode.TableCopy:
                PopToIl(3);
                LoadElement(s_tables, ins.A);
                LoadElement(s_tables, ins.B);
                CallRuntime(nameof(CompiledRuntime.TableCopy));
                return true;
            case Opcode.TableInit:
                PopToIl(3);
                LoadElement(s_tables, ins.B);
                LoadElement(s_elems, ins.A);
                CallRuntime(nameof(CompiledRuntime.TableInit));
                return true;
            case Opcode.ElemDrop:
                LoadElement(s_elems, ins.A);
                CallRuntime(nameof(CompiledRuntime.ElemDrop));
                return true;
            default:
                return TypedReference(in ins);
        }
    }

    private ValueKind TableKind(int table) => _unit.Definition.TableTypeAt(table).ElementType.Kind;
}
