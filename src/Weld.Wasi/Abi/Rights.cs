namespace Weld.Wasi.Abi;

/// <summary>The preview 1 <c>rights</c> bits.</summary>
[Flags]
internal enum Rights : ulong
{
    None = 0,
    FdDatasync = 1UL << 0, FdRead = 1UL << 1, FdSeek = 1UL << 2, FdFdstatSetFlags = 1UL << 3, FdSync = 1UL << 4,
    FdTell = 1UL << 5, FdWrite = 1UL << 6, FdAdvise = 1UL << 7, FdAllocate = 1UL << 8,
    PathCreateDirectory = 1UL << 9, PathCreateFile = 1UL << 10, PathLinkSource = 1UL << 11, PathLinkTarget = 1UL << 12,
    PathOpen = 1UL << 13, FdReaddir = 1UL << 14, PathReadlink = 1UL << 15, PathRenameSource = 1UL << 16,
    PathRenameTarget = 1UL << 17, PathFilestatGet = 1UL << 18, PathFilestatSetSize = 1UL << 19,
    PathFilestatSetTimes = 1UL << 20, FdFilestatGet = 1UL << 21, FdFilestatSetSize = 1UL << 22,
    FdFilestatSetTimes = 1UL << 23, PathSymlink = 1UL << 24, PathRemoveDirectory = 1UL << 25, PathUnlinkFile = 1UL << 26,
    PollFdReadwrite = 1UL << 27, SockShutdown = 1UL << 28, SockAccept = 1UL << 29,

    All = (1UL << 30) - 1,

    /// <summary>What a regular file can do.</summary>
    File = FdDatasync | FdRead | FdSeek | FdFdstatSetFlags | FdSync | FdTell | FdWrite | FdAdvise | FdAllocate |
           FdFilestatGet | FdFilestatSetSize | FdFilestatSetTimes | PollFdReadwrite,

    /// <summary>What a directory can do.</summary>
    Directory = FdFdstatSetFlags | FdSync | FdDatasync | PathCreateDirectory | PathCreateFile | PathLinkSource |
                PathLinkTarget | PathOpen | FdReaddir | PathReadlink | PathRenameSource | PathRenameTarget |
                PathFilestatGet | PathFilestatSetSize | PathFilestatSetTimes | FdFilestatGet | FdFilestatSetTimes |
                PathSymlink | PathRemoveDirectory | PathUnlinkFile,

    /// <summary>What a character stream (stdio) can do.</summary>
    Stream = FdRead | FdWrite | FdFdstatSetFlags | FdFilestatGet | PollFdReadwrite | FdSync | FdDatasync,

    /// <summary>Rights that change the file system; a read-only preopen never grants them.</summary>
    Mutating = FdWrite | FdAllocate | FdFilestatSetSize | FdFilestatSetTimes | PathCreateDirectory | PathCreateFile |
               PathLinkTarget | PathRenameSource | PathRenameTarget | PathFilestatSetSize | PathFilestatSetTimes |
               PathSymlink | PathRemoveDirectory | PathUnlinkFile,
}
