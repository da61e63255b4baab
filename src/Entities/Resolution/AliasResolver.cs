namespace Entities.Resolution;

/// <summary>
/// The language-neutral alias resolver: groups a document's mentions into entities using the data of an
/// <see cref="AliasResolverProfile"/>. Immutable and thread-safe; all working state is local to a call.
/// </summary>
/// <remarks>
/// Rules, in order (each only merges; precision first):
/// <list type="number">
/// <item>every mention is analyzed: leading elided article and (for persons) titles stripped, the text just before it read
/// for a title (person and gender hint), its matching form built, the alias table consulted under its label;</item>
/// <item>same label and same matching form, or same alias-table entry (<see cref="ExactMatchRules"/>);</item>
/// <item>acronyms defined in the text or matching initials (<see cref="AcronymRules"/>);</item>
/// <item>a given name said alone taking the surname of the person it is named with (<see cref="KinshipNames"/>);</item>
/// <item>person short forms joining the unique full name they abbreviate (<see cref="PersonNameRules"/>);</item>
/// <item>obvious label disagreements between identical names (<see cref="LabelReconciliation"/>);</item>
/// <item>a town standing for its team joining the club the document names (<see cref="TeamContext.JoinClubs"/>).</item>
/// </list>
/// Groups never merge across different alias-table entries. Grouping otherwise stays within one label.
/// </remarks>
public sealed class AliasResolver : IAliasResolver
{
    private readonly MentionAnalyzer analyzer;
    private readonly ResolvedEntityBuilder builder;

    /// <summary>
    /// Work buffers reused from one call to the next (one call holds one at a time, so concurrent calls never share one). The
    /// analyzer's cache of match keys by display and the builder's cache of surname keys by display, pure functions of the
    /// display, live on in them (two generations of <see cref="MentionAnalyzer.Scratch.GenerationLimit"/> entries at most each).
    /// </summary>
    private readonly Pooling.ScratchPool<Scratches> scratches = new();

    /// <summary>The work buffers of one call.</summary>
    private sealed class Scratches
    {
        public MentionAnalyzer.Scratch Analyzer { get; } = new();

        public GroupingScratch Groups { get; } = new();

        public ResolvedEntityBuilder.Scratch Builder { get; } = new();

        /// <summary>The analyzed mentions of the call, by index: instances of <see cref="Instances"/>.</summary>
        public List<AnalyzedMention> Analyzed { get; } = [];

        /// <summary>Every instance made so far, written over by the next call.</summary>
        public List<AnalyzedMention> Instances { get; } = [];
    }

    /// <summary>The number of mentions past which a call's buffers are not pooled.</summary>
    private const int MaxPooledMentions = 4096;

    /// <summary>Creates a resolver working with <paramref name="profile"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is <see langword="null"/>.</exception>
    public AliasResolver(AliasResolverProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        analyzer = new MentionAnalyzer(profile);
        builder = new ResolvedEntityBuilder(profile);
    }

    /// <summary>The language data used.</summary>
    public AliasResolverProfile Profile { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A mention lies outside <paramref name="text"/>.</exception>
    public IReadOnlyList<ResolvedEntity> Resolve(string text, IReadOnlyList<EntityMention> mentions) => Resolve(text, mentions, CancellationToken.None);

    /// <inheritdoc />
    /// <remarks>The token is checked every 1024 mentions and between rules; every rule is close to linear in the number of mentions.</remarks>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A mention lies outside <paramref name="text"/>.</exception>
    public IReadOnlyList<ResolvedEntity> Resolve(string text, IReadOnlyList<EntityMention> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        cancellationToken.ThrowIfCancellationRequested();
        if (mentions.Count == 0) return [];
        var scratchSet = TakeScratch();
        try
        {
            var live = Group(text, mentions, scratchSet, cancellationToken);
            var entities = new ResolvedEntity[live.Count];
            for (int i = 0; i < entities.Length; i++)
            {
                if ((i & 1023) == 1023) cancellationToken.ThrowIfCancellationRequested();
                entities[i] = builder.Build(live[i], scratchSet.Builder);
            }

            builder.AddCompanionGivenNames(entities, live.AsSpan());
            return Array.AsReadOnly(entities);
        }
        finally
        {
            ReturnScratch(scratchSet, mentions.Count);
        }
    }

    /// <summary>
    /// The extractor's path for a document not merged into a graph: the result <c>DocumentEntities.BuildPrivate</c> gives over
    /// <see cref="Resolve(string, IReadOnlyList{EntityMention}, CancellationToken)"/>, built from the same groups without the
    /// match keys and alias counts that only a graph reads (entities named <c>e1</c>, <c>e2</c>, …); <paramref name="mentions"/> is
    /// not empty and not kept. Equality with the general path is tested (<c>FastPathEquivalenceTests</c>).
    /// </summary>
    internal ExtractionResult ResolveToResult(string text, IReadOnlyList<EntityMention> mentions, int tokenCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentOutOfRangeException.ThrowIfZero(mentions.Count, nameof(mentions));
        cancellationToken.ThrowIfCancellationRequested();
        var scratchSet = TakeScratch();
        DocumentEntity[] entities;
        try
        {
            var live = Group(text, mentions, scratchSet, cancellationToken);
            entities = new DocumentEntity[live.Count];
            for (int i = 0; i < entities.Length; i++)
            {
                if ((i & 1023) == 1023) cancellationToken.ThrowIfCancellationRequested();
                entities[i] = builder.BuildDocumentEntity(live[i], DocumentEntities.PrivateId(i), scratchSet.Builder);
            }
        }
        finally
        {
            ReturnScratch(scratchSet, mentions.Count);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return DocumentEntities.FromPrivateEntities(mentions, entities, tokenCount);
    }

    private Scratches TakeScratch() => scratches.TryTake(out var pooled) ? pooled : new Scratches();

    private void ReturnScratch(Scratches scratchSet, int mentionCount)
    {
        // The buffers of a very long document are left to the garbage collector rather than kept at their size.
        if (mentionCount > MaxPooledMentions) return;
        scratchSet.Analyzer.Keys.Age();
        scratchSet.Builder.SurnameKeyOfDisplay.Age();
        scratchSet.Groups.EndCall();
        scratches.Return(scratchSet);
    }

    /// <summary>Analyzes the mentions and applies the rules: the final groups, in order of first mention.</summary>
    private LiveGroups Group(string text, IReadOnlyList<EntityMention> mentions, Scratches scratchSet, CancellationToken cancellationToken)
    {
        var scratch = scratchSet.Analyzer;
        var analyzed = scratchSet.Analyzed;
        var instances = scratchSet.Instances;
        analyzed.Clear();
        for (int i = 0; i < mentions.Count; i++)
        {
            if ((i & 1023) == 1023) cancellationToken.ThrowIfCancellationRequested();
            var mention = mentions[i] ?? throw new ArgumentException($"Mention {i} is null.", nameof(mentions));
            if (mention.Start < 0 || mention.End > text.Length || mention.End < mention.Start)
            {
                throw new ArgumentException($"Mention {i} [{mention.Start}, {mention.End}) lies outside the text (length {text.Length}).", nameof(mentions));
            }

            var analysis = analyzer.Analyze(text, mention, i, scratch, i < instances.Count ? instances[i] : null);
            if (i == instances.Count) instances.Add(analysis);
            analyzed.Add(analysis);
        }

        var groups = new MentionGroups(analyzed, scratchSet.Groups);
        ExactMatchRules.Apply(groups);
        cancellationToken.ThrowIfCancellationRequested();
        AcronymRules.Apply(text, groups, analyzed, mentions, Profile);
        cancellationToken.ThrowIfCancellationRequested();
        Profile.Kinship?.Apply(text, groups, analyzed, mentions, Profile);
        PersonNameRules.Apply(groups, Profile);
        cancellationToken.ThrowIfCancellationRequested();
        LabelReconciliation.Apply(groups, Profile);
        if (Profile.Teams is not null) TeamContext.JoinClubs(groups);
        cancellationToken.ThrowIfCancellationRequested();
        return groups.Live;
    }
}
