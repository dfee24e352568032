namespace Weld.Package.Tests;

/// <summary>The test classes that need the packed feed share one, so the solution is packed once.</summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "packed feed";
}
