import {
  RawNode,
  SelectQueryNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

/** A raw query that only reads; any other raw text counts as a write (see below). */
const RAW_READ = /^\s*(select|explain|show)\b/i;

/**
 * Tells `onWrite` before a query that may change data runs: every insert, update, delete, merge
 * and schema change, a select whose `with` holds one of those, and raw `sql` unless it begins
 * with select, explain or show. The group commit needs to know before, not after: on PostgreSQL
 * a write that fails (a unique key, say) has already spoiled the shared transaction.
 *
 * Being wrong the safe way costs little: a read taken for a write only makes a failing unit run
 * again alone. A query compiled elsewhere and passed to `executeQuery` skips plugins: the
 * repositories never do that.
 * @see https://kysely.dev/docs/plugins
 */
export class WriteWatchPlugin implements KyselyPlugin {
  constructor(private readonly onWrite: () => void) {}

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (mayWrite(node)) this.onWrite();
    return node;
  }

  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(result);
  }
}

function mayWrite(node: OperationNode): boolean {
  if (RawNode.is(node)) return !RAW_READ.test(node.sqlFragments[0] ?? '');
  if (SelectQueryNode.is(node)) {
    return (node.with?.expressions ?? []).some((cte) => mayWrite(cte.expression));
  }
  return true;
}
