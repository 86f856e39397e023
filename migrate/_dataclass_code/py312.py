# mypy: ignore-errors
"""The method texts of the package's dataclasses as Python 3.12 writes them, stored as source so
that they are compiled once into the byte-code cache (migrate/dataclass_boot.py). Written by
`python -m migrate.dataclass_table` (do not edit)."""

PYTHON = (3, 12)

SOURCES = (
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.artifact,self.src,self.dest,self.unpack,)==(other.artifact,other.src,other.dest,other.unpack,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.at,self.prefix,self.sep,self.suffix,)==(other.at,other.prefix,other.sep,other.suffix,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.bin_dir,self.log,self.label,)==(other.bin_dir,other.log,other.label,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.build,self.dockerfile,self.consumed,self.builders,self.files,self.copies,self.new_text,self.links,self.widening,)==(other.build,other.dockerfile,other.consumed,other.builders,other.files,other.copies,other.new_text,other.links,other.widening,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.builder,self.archive,self.index,)==(other.builder,other.archive,other.index,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.builder,self.start,self.end,)==(other.builder,other.start,other.end,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.change,self.target,self.mode,self.owner,self.link,self.tmp,)==(other.change,other.target,other.mode,other.owner,other.link,other.tmp,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.message,self.offset,self.hint,self.extraction,)==(other.code,other.message,other.offset,other.hint,other.extraction,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.message,self.path,self.line,self.col,self.hint,)==(other.code,other.message,other.path,other.line,other.col,other.hint,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.severity,self.title,self.hint,)==(other.code,other.severity,other.title,other.hint,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.col,self.word,self.path,self.artifact,)==(other.col,other.word,other.path,other.artifact,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.command,self.unit,self.scope,self.order,)==(other.command,other.unit,other.scope,other.order,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.container,self.lines,)==(other.container,other.lines,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.context,self.runtime_edits,self.ignore,self.command,)==(other.context,other.runtime_edits,other.ignore,other.command,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.counts,self.blockers,self.titles,self.recorded,)==(other.counts,other.blockers,other.titles,other.recorded,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.diagnostics,self.updated,self.summary,)==(other.diagnostics,other.updated,other.summary,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.dockerfile,self.stage,self.context,self.merged,)==(other.dockerfile,other.stage,other.context,other.merged,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.dockerfile,self.target,self.stage_name,self.renames,self.post_run,self.rebase,self.context,)==(other.dockerfile,other.target,other.stage_name,other.renames,other.post_run,other.rebase,other.context,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.edits,self.consumed,self.diagnostics,self.rewritten,self.consumers,self.unpacks,)==(other.edits,other.consumed,other.diagnostics,other.rewritten,other.consumers,other.unpacks,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.edits,self.diagnostics,)==(other.edits,other.diagnostics,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.event,self.phase,self.data,)==(other.event,other.phase,other.data,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.extraction,self.build,)==(other.extraction,other.build,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.globals,self.sub,self.rest,)==(other.globals,other.sub,other.rest,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.graph,self.artifacts,self.builders,self.removed,self.runtime,self.diagnostics,)==(other.graph,other.artifacts,other.builders,other.removed,other.runtime,other.diagnostics,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.host,self.container,self.merged,)==(other.host,other.container,other.merged,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.host,self.container,self.stage,self.dockerfile,self.context,self.merged,)==(other.host,other.container,other.stage,other.dockerfile,other.context,other.merged,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.index,self.count,)==(other.index,other.count,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.index,self.item,self.reason,self.seconds,)==(other.index,other.item,other.reason,other.seconds,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.index,self.name,self.base,self.from_,self.body,)==(other.index,other.name,other.base,other.from_,other.body,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.index,self.value,)==(other.index,other.value,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.default,)==(other.key,other.default,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.keyword,self.start,self.end,self.line,self.tokens,self.heredoc,)==(other.keyword,other.start,other.end,other.line,other.tokens,other.heredoc,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.keywords,self.buildargs,self.has_buildargs,self.flags,)==(other.keywords,other.buildargs,other.has_buildargs,other.flags,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.argv,self.env,self.store,self.runroot,self.buildah,)==(other.kind,other.argv,other.env,other.store,other.runroot,other.buildah,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.location,self.container_path,self.host_path,self.stage,self.consumer,self.copy_from,)==(other.location,other.container_path,other.host_path,other.stage,other.consumer,other.copy_from,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.mode,self.patch_dir,self.allow_dirty,)==(other.mode,other.patch_dir,other.allow_dirty,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.chown_root,)==(other.name,other.chown_root,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.op,self.arg,self.quoted,self.start,self.end,self.arg_start,)==(other.name,other.op,other.arg,other.quoted,other.start,other.end,other.arg_start,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.op,self.value,self.start,)==(other.name,other.op,other.value,other.start,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.options,self.positional,self.dockerfile,self.tags,self.build_args,self.iidfile,self.has_format,)==(other.options,other.positional,other.dockerfile,other.tags,other.build_args,other.iidfile,other.has_format,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.outcome,self.blockers,)==(other.outcome,other.blockers,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.field,self.legacy,self.migrated,)==(other.path,other.field,other.legacy,other.migrated,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.old,self.new,self.mode,)==(other.path,other.old,other.new,other.mode,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.raw,self.mode,)==(other.path,other.raw,other.mode,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.pattern,self.regex,self.negate,)==(other.pattern,other.regex,other.negate,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.pieces,)==(other.pieces,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.proc,self.conn,self.queue,self.since,)==(other.proc,other.conn,other.queue,other.since,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.reason,)==(other.reason,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.repo,self.outcome,self.changes,self.diagnostics,self.summary,self.entrypoint,self.entry_cwd,self.flows,self.advisories,)==(other.repo,other.outcome,other.changes,other.diagnostics,other.summary,other.entrypoint,other.entry_cwd,other.flows,other.advisories,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.repo,self.status,self.engine,self.migration,self.differences,self.legacy_image,self.migrated_image,self.timings,)==(other.repo,other.status,other.engine,other.migration,other.differences,other.legacy_image,other.migrated_image,other.timings,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.role,self.location,self.dockerfile,self.context,self.tags,self.build_args,self.target,self.stage,)==(other.role,other.location,other.dockerfile,other.context,other.tags,other.build_args,other.target,other.stage,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.roots,self.from_file,self.mode,self.jobs,self.timeout,self.results,self.retry_failed,self.shard,self.patch_dir,self.fmt,self.quiet,self.verbose,self.allow_dirty,)==(other.roots,other.from_file,other.mode,other.jobs,other.timeout,other.results,other.retry_failed,other.shard,other.patch_dir,other.fmt,other.quiet,other.verbose,other.allow_dirty,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.script,self.cwd,self.builds,self.artifacts,self.removed,)==(other.script,other.cwd,other.builds,other.artifacts,other.removed,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.script,self.cwd,self.builds,self.containers,self.extractions,self.host_steps,self.docker_uses,self.assignments,self.diagnostics,self.sites,self.extraction_attempts,self.status_checks,self.called,self.sourced,self.function_calls,)==(other.script,other.cwd,other.builds,other.containers,other.extractions,other.host_steps,other.docker_uses,other.assignments,other.diagnostics,other.sites,other.extraction_attempts,other.status_checks,other.called,other.sourced,other.function_calls,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.script,self.new_files,self.diagnostics,self.summary,self.cwd,self.info,self.entry,self.called,)==(other.script,other.new_files,other.diagnostics,other.summary,other.cwd,other.info,other.entry,other.called,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.scripts,self.dockerfiles,self.makefiles,self.others,)==(other.scripts,other.dockerfiles,other.makefiles,other.others,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.selected,self.tally,self.mode,self.seconds,self.jobs,self.interrupted,)==(other.selected,other.tally,other.mode,other.seconds,other.jobs,other.interrupted,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.site,self.call,self.dockerfile,self.context,self.tags,self.build_args,self.target,self.platform,self.cwd,self.problem,self.argv,)==(other.site,other.call,other.dockerfile,other.context,other.tags,other.build_args,other.target,other.platform,other.cwd,other.problem,other.argv,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.site,self.call,self.images,self.containers,)==(other.site,other.call,other.images,other.containers,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.site,self.container,self.src,self.dest,self.outcome,self.via,self.dest_state,self.also,)==(other.site,other.container,other.src,other.dest,other.outcome,other.via,other.dest_state,other.also,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.site,self.name,self.args,self.paths,)==(other.site,other.name,other.args,other.paths,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.site,self.name,self.image,self.build,self.ran,self.ref,self.command,self.auto_remove,self.call,)==(other.site,other.name,other.image,other.build,other.ran,other.ref,other.command,other.auto_remove,other.call,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.site,self.names,self.exported,)==(other.site,other.names,other.exported,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.text,self.instructions,self.directives,self.directive_end,self.escape,)==(other.source,other.text,other.instructions,other.directives,other.directive_end,other.escape,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.stage_name,self.keep_legacy_files,self.exclude,self.advisories,self.source,)==(other.stage_name,other.keep_legacy_files,other.exclude,other.advisories,other.source,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.assigns,self.words,self.redirects,)==(other.start,other.end,other.assigns,other.words,other.redirects,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.body,self.subshell,self.recipe,)==(other.start,other.end,other.body,other.subshell,other.recipe,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.branches,self.orelse,)==(other.start,other.end,other.branches,other.orelse,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.items,self.negated,)==(other.start,other.end,other.items,other.negated,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.items,self.ops,)==(other.start,other.end,other.items,other.ops,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.kind,self.refusal,)==(other.start,other.end,other.kind,other.refusal,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.kind,self.var,self.items,self.cond,self.body,)==(other.start,other.end,other.kind,other.var,other.items,other.cond,other.body,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.name,self.body,)==(other.start,other.end,other.name,other.body,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.name,self.value,self.append,)==(other.start,other.end,other.name,other.value,other.append,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.op,self.target,self.heredoc_end,)==(other.start,other.end,other.op,other.target,other.heredoc_end,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.text,)==(other.start,other.end,other.text,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.text,self.call,self.source,)==(other.start,other.end,other.text,other.call,other.source,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.inner_start,self.inner_end,self.quoted,self.backquote,)==(other.start,other.inner_start,other.inner_end,other.quoted,other.backquote,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.stmts,)==(other.stmts,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.targets,self.prereqs,self.recipe,self.line,)==(other.targets,other.prereqs,other.recipe,other.line,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.body,self.heredocs,self.cmdsubs,self.parser,self.make,self.make_vars,)==(other.text,other.body,other.heredocs,other.cmdsubs,other.parser,other.make,other.make_vars,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.quoted,)==(other.text,other.quoted,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.quoted,self.name,)==(other.text,other.quoted,other.name,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.start,self.end,)==(other.text,other.start,other.end,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.variables,self.rules,self.default,)==(other.text,other.variables,other.rules,other.default,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.type,self.mode,self.uid,self.gid,self.link,self.device,self.sha256,self.size,)==(other.type,other.mode,other.uid,other.gid,other.link,other.device,other.sha256,other.size,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,self.word,self.exact,)==(other.value,other.word,other.exact,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.verb,self.opts,self.flags,self.positionals,self.problem,self.subcommand_end,)==(other.verb,other.opts,other.flags,other.positionals,other.problem,other.subcommand_end,)\n  return NotImplemented\n return __eq__',
    'def __create_fn__():\n def __ge__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.text,)>=(other.start,other.end,other.text,)\n  return NotImplemented\n return __ge__',
    'def __create_fn__():\n def __gt__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.text,)>(other.start,other.end,other.text,)\n  return NotImplemented\n return __gt__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.at,self.prefix,self.sep,self.suffix,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.bin_dir,self.log,self.label,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.builder,self.archive,self.index,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.message,self.offset,self.hint,self.extraction,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.message,self.path,self.line,self.col,self.hint,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.severity,self.title,self.hint,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.col,self.word,self.path,self.artifact,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.command,self.unit,self.scope,self.order,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.dockerfile,self.stage,self.context,self.merged,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.event,self.phase,self.data,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.globals,self.sub,self.rest,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.host,self.container,self.merged,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.host,self.container,self.stage,self.dockerfile,self.context,self.merged,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.index,self.count,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.index,self.item,self.reason,self.seconds,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.index,self.name,self.base,self.from_,self.body,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.index,self.value,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.default,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.keyword,self.start,self.end,self.line,self.tokens,self.heredoc,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.keywords,self.buildargs,self.has_buildargs,self.flags,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.argv,self.env,self.store,self.runroot,self.buildah,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.location,self.container_path,self.host_path,self.stage,self.consumer,self.copy_from,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.mode,self.patch_dir,self.allow_dirty,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.op,self.arg,self.quoted,self.start,self.end,self.arg_start,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.outcome,self.blockers,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.field,self.legacy,self.migrated,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.old,self.new,self.mode,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.raw,self.mode,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.pattern,self.regex,self.negate,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.pieces,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.reason,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.repo,self.outcome,self.changes,self.diagnostics,self.summary,self.entrypoint,self.entry_cwd,self.flows,self.advisories,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.repo,self.status,self.engine,self.migration,self.differences,self.legacy_image,self.migrated_image,self.timings,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.role,self.location,self.dockerfile,self.context,self.tags,self.build_args,self.target,self.stage,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.roots,self.from_file,self.mode,self.jobs,self.timeout,self.results,self.retry_failed,self.shard,self.patch_dir,self.fmt,self.quiet,self.verbose,self.allow_dirty,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.script,self.cwd,self.builds,self.artifacts,self.removed,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.selected,self.tally,self.mode,self.seconds,self.jobs,self.interrupted,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.text,self.instructions,self.directives,self.directive_end,self.escape,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.stage_name,self.keep_legacy_files,self.exclude,self.advisories,self.source,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.assigns,self.words,self.redirects,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.body,self.subshell,self.recipe,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.branches,self.orelse,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.items,self.negated,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.items,self.ops,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.kind,self.refusal,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.kind,self.var,self.items,self.cond,self.body,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.name,self.body,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.name,self.value,self.append,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.op,self.target,self.heredoc_end,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.text,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,self.text,self.call,self.source,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.inner_start,self.inner_end,self.quoted,self.backquote,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.stmts,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.body,self.heredocs,self.cmdsubs,self.parser,self.make,self.make_vars,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.quoted,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.quoted,self.name,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.start,self.end,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.type,self.mode,self.uid,self.gid,self.link,self.device,self.sha256,self.size,))\n return __hash__',
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.value,self.word,self.exact,))\n return __hash__',
    'def __create_fn__():\n def __le__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.text,)<=(other.start,other.end,other.text,)\n  return NotImplemented\n return __le__',
    'def __create_fn__():\n def __lt__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.text,)<(other.start,other.end,other.text,)\n  return NotImplemented\n return __lt__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(artifact={self.artifact!r}, src={self.src!r}, dest={self.dest!r}, unpack={self.unpack!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(at={self.at!r}, prefix={self.prefix!r}, sep={self.sep!r}, suffix={self.suffix!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(bin_dir={self.bin_dir!r}, log={self.log!r}, label={self.label!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(build={self.build!r}, dockerfile={self.dockerfile!r}, consumed={self.consumed!r}, builders={self.builders!r}, files={self.files!r}, copies={self.copies!r}, new_text={self.new_text!r}, links={self.links!r}, widening={self.widening!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(builder={self.builder!r}, archive={self.archive!r}, index={self.index!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(builder={self.builder!r}, start={self.start!r}, end={self.end!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(change={self.change!r}, target={self.target!r}, mode={self.mode!r}, owner={self.owner!r}, link={self.link!r}, tmp={self.tmp!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, message={self.message!r}, offset={self.offset!r}, hint={self.hint!r}, extraction={self.extraction!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, message={self.message!r}, path={self.path!r}, line={self.line!r}, col={self.col!r}, hint={self.hint!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, severity={self.severity!r}, title={self.title!r}, hint={self.hint!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(col={self.col!r}, word={self.word!r}, path={self.path!r}, artifact={self.artifact!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(command={self.command!r}, unit={self.unit!r}, scope={self.scope!r}, order={self.order!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(container={self.container!r}, lines={self.lines!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(context={self.context!r}, runtime_edits={self.runtime_edits!r}, ignore={self.ignore!r}, command={self.command!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(counts={self.counts!r}, blockers={self.blockers!r}, titles={self.titles!r}, recorded={self.recorded!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(diagnostics={self.diagnostics!r}, updated={self.updated!r}, summary={self.summary!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(dockerfile={self.dockerfile!r}, stage={self.stage!r}, context={self.context!r}, merged={self.merged!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(dockerfile={self.dockerfile!r}, target={self.target!r}, stage_name={self.stage_name!r}, renames={self.renames!r}, post_run={self.post_run!r}, rebase={self.rebase!r}, context={self.context!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(edits={self.edits!r}, consumed={self.consumed!r}, diagnostics={self.diagnostics!r}, rewritten={self.rewritten!r}, consumers={self.consumers!r}, unpacks={self.unpacks!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(edits={self.edits!r}, diagnostics={self.diagnostics!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(event={self.event!r}, phase={self.phase!r}, data={self.data!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(extraction={self.extraction!r}, build={self.build!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(globals={self.globals!r}, sub={self.sub!r}, rest={self.rest!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(graph={self.graph!r}, artifacts={self.artifacts!r}, builders={self.builders!r}, removed={self.removed!r}, runtime={self.runtime!r}, diagnostics={self.diagnostics!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(host={self.host!r}, container={self.container!r}, merged={self.merged!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(host={self.host!r}, container={self.container!r}, stage={self.stage!r}, dockerfile={self.dockerfile!r}, context={self.context!r}, merged={self.merged!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(index={self.index!r}, count={self.count!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(index={self.index!r}, item={self.item!r}, reason={self.reason!r}, seconds={self.seconds!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(index={self.index!r}, name={self.name!r}, base={self.base!r}, from_={self.from_!r}, body={self.body!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(index={self.index!r}, value={self.value!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, default={self.default!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(keyword={self.keyword!r}, start={self.start!r}, end={self.end!r}, line={self.line!r}, tokens={self.tokens!r}, heredoc={self.heredoc!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(keywords={self.keywords!r}, buildargs={self.buildargs!r}, has_buildargs={self.has_buildargs!r}, flags={self.flags!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, argv={self.argv!r}, env={self.env!r}, store={self.store!r}, runroot={self.runroot!r}, buildah={self.buildah!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(location={self.location!r}, container_path={self.container_path!r}, host_path={self.host_path!r}, stage={self.stage!r}, consumer={self.consumer!r}, copy_from={self.copy_from!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(mode={self.mode!r}, patch_dir={self.patch_dir!r}, allow_dirty={self.allow_dirty!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, chown_root={self.chown_root!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, op={self.op!r}, arg={self.arg!r}, quoted={self.quoted!r}, start={self.start!r}, end={self.end!r}, arg_start={self.arg_start!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, op={self.op!r}, value={self.value!r}, start={self.start!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(options={self.options!r}, positional={self.positional!r}, dockerfile={self.dockerfile!r}, tags={self.tags!r}, build_args={self.build_args!r}, iidfile={self.iidfile!r}, has_format={self.has_format!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(outcome={self.outcome!r}, blockers={self.blockers!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, field={self.field!r}, legacy={self.legacy!r}, migrated={self.migrated!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, old={self.old!r}, new={self.new!r}, mode={self.mode!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, raw={self.raw!r}, mode={self.mode!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(pattern={self.pattern!r}, regex={self.regex!r}, negate={self.negate!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(pieces={self.pieces!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(proc={self.proc!r}, conn={self.conn!r}, queue={self.queue!r}, since={self.since!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(reason={self.reason!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(repo={self.repo!r}, outcome={self.outcome!r}, changes={self.changes!r}, diagnostics={self.diagnostics!r}, summary={self.summary!r}, entrypoint={self.entrypoint!r}, entry_cwd={self.entry_cwd!r}, flows={self.flows!r}, advisories={self.advisories!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(repo={self.repo!r}, status={self.status!r}, engine={self.engine!r}, migration={self.migration!r}, differences={self.differences!r}, legacy_image={self.legacy_image!r}, migrated_image={self.migrated_image!r}, timings={self.timings!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(role={self.role!r}, location={self.location!r}, dockerfile={self.dockerfile!r}, context={self.context!r}, tags={self.tags!r}, build_args={self.build_args!r}, target={self.target!r}, stage={self.stage!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(roots={self.roots!r}, from_file={self.from_file!r}, mode={self.mode!r}, jobs={self.jobs!r}, timeout={self.timeout!r}, results={self.results!r}, retry_failed={self.retry_failed!r}, shard={self.shard!r}, patch_dir={self.patch_dir!r}, fmt={self.fmt!r}, quiet={self.quiet!r}, verbose={self.verbose!r}, allow_dirty={self.allow_dirty!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(script={self.script!r}, cwd={self.cwd!r}, builds={self.builds!r}, artifacts={self.artifacts!r}, removed={self.removed!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(script={self.script!r}, cwd={self.cwd!r}, builds={self.builds!r}, containers={self.containers!r}, extractions={self.extractions!r}, host_steps={self.host_steps!r}, docker_uses={self.docker_uses!r}, assignments={self.assignments!r}, diagnostics={self.diagnostics!r}, sites={self.sites!r}, extraction_attempts={self.extraction_attempts!r}, status_checks={self.status_checks!r}, called={self.called!r}, sourced={self.sourced!r}, function_calls={self.function_calls!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(script={self.script!r}, new_files={self.new_files!r}, diagnostics={self.diagnostics!r}, summary={self.summary!r}, cwd={self.cwd!r}, info={self.info!r}, entry={self.entry!r}, called={self.called!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(scripts={self.scripts!r}, dockerfiles={self.dockerfiles!r}, makefiles={self.makefiles!r}, others={self.others!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(selected={self.selected!r}, tally={self.tally!r}, mode={self.mode!r}, seconds={self.seconds!r}, jobs={self.jobs!r}, interrupted={self.interrupted!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(site={self.site!r}, call={self.call!r}, dockerfile={self.dockerfile!r}, context={self.context!r}, tags={self.tags!r}, build_args={self.build_args!r}, target={self.target!r}, platform={self.platform!r}, cwd={self.cwd!r}, problem={self.problem!r}, argv={self.argv!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(site={self.site!r}, call={self.call!r}, images={self.images!r}, containers={self.containers!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(site={self.site!r}, container={self.container!r}, src={self.src!r}, dest={self.dest!r}, outcome={self.outcome!r}, via={self.via!r}, dest_state={self.dest_state!r}, also={self.also!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(site={self.site!r}, name={self.name!r}, args={self.args!r}, paths={self.paths!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(site={self.site!r}, name={self.name!r}, image={self.image!r}, build={self.build!r}, ran={self.ran!r}, ref={self.ref!r}, command={self.command!r}, auto_remove={self.auto_remove!r}, call={self.call!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(site={self.site!r}, names={self.names!r}, exported={self.exported!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, text={self.text!r}, instructions={self.instructions!r}, directives={self.directives!r}, directive_end={self.directive_end!r}, escape={self.escape!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(stage_name={self.stage_name!r}, keep_legacy_files={self.keep_legacy_files!r}, exclude={self.exclude!r}, advisories={self.advisories!r}, source={self.source!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, assigns={self.assigns!r}, words={self.words!r}, redirects={self.redirects!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, body={self.body!r}, subshell={self.subshell!r}, recipe={self.recipe!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, branches={self.branches!r}, orelse={self.orelse!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, items={self.items!r}, negated={self.negated!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, items={self.items!r}, ops={self.ops!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, kind={self.kind!r}, refusal={self.refusal!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, kind={self.kind!r}, var={self.var!r}, items={self.items!r}, cond={self.cond!r}, body={self.body!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, name={self.name!r}, body={self.body!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, name={self.name!r}, value={self.value!r}, append={self.append!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, op={self.op!r}, target={self.target!r}, heredoc_end={self.heredoc_end!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, text={self.text!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, text={self.text!r}, call={self.call!r}, source={self.source!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, inner_start={self.inner_start!r}, inner_end={self.inner_end!r}, quoted={self.quoted!r}, backquote={self.backquote!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(stmts={self.stmts!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(targets={self.targets!r}, prereqs={self.prereqs!r}, recipe={self.recipe!r}, line={self.line!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, body={self.body!r}, heredocs={self.heredocs!r}, cmdsubs={self.cmdsubs!r}, parser={self.parser!r}, make={self.make!r}, make_vars={self.make_vars!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, quoted={self.quoted!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, quoted={self.quoted!r}, name={self.name!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, start={self.start!r}, end={self.end!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, variables={self.variables!r}, rules={self.rules!r}, default={self.default!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(type={self.type!r}, mode={self.mode!r}, uid={self.uid!r}, gid={self.gid!r}, link={self.link!r}, device={self.device!r}, sha256={self.sha256!r}, size={self.size!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r}, word={self.word!r}, exact={self.exact!r})"\n return __repr__',
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(verb={self.verb!r}, opts={self.opts!r}, flags={self.flags!r}, positionals={self.positionals!r}, problem={self.problem!r}, subcommand_end={self.subcommand_end!r})"\n return __repr__',
    'def __create_fn__(__dataclass_type_artifact__, __dataclass_type_src__, __dataclass_type_dest__, __dataclass_type_unpack__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_unpack__, __dataclass_return_type__):\n def __init__(self,artifact:__dataclass_type_artifact__,src:__dataclass_type_src__,dest:__dataclass_type_dest__,unpack:__dataclass_type_unpack__=__dataclass_dflt_unpack__)->__dataclass_return_type__:\n  self.artifact=artifact\n  self.src=src\n  self.dest=dest\n  self.unpack=unpack\n return __init__',
    "def __create_fn__(__dataclass_type_at__, __dataclass_type_prefix__, __dataclass_type_sep__, __dataclass_type_suffix__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,at:__dataclass_type_at__,prefix:__dataclass_type_prefix__,sep:__dataclass_type_sep__,suffix:__dataclass_type_suffix__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'at',at)\n  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)\n  __dataclass_builtins_object__.__setattr__(self,'sep',sep)\n  __dataclass_builtins_object__.__setattr__(self,'suffix',suffix)\n return __init__",
    "def __create_fn__(__dataclass_type_bin_dir__, __dataclass_type_log__, __dataclass_type_label__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,bin_dir:__dataclass_type_bin_dir__,log:__dataclass_type_log__,label:__dataclass_type_label__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'bin_dir',bin_dir)\n  __dataclass_builtins_object__.__setattr__(self,'log',log)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n return __init__",
    'def __create_fn__(__dataclass_type_build__, __dataclass_type_dockerfile__, __dataclass_type_consumed__, __dataclass_type_builders__, __dataclass_type_files__, __dataclass_type_copies__, __dataclass_type_new_text__, __dataclass_type_links__, __dataclass_type_widening__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_builders__, __dataclass_dflt_files__, __dataclass_dflt_copies__, __dataclass_dflt_new_text__, __dataclass_dflt_links__, __dataclass_dflt_widening__, __dataclass_return_type__):\n def __init__(self,build:__dataclass_type_build__,dockerfile:__dataclass_type_dockerfile__,consumed:__dataclass_type_consumed__,builders:__dataclass_type_builders__=__dataclass_HAS_DEFAULT_FACTORY__,files:__dataclass_type_files__=__dataclass_HAS_DEFAULT_FACTORY__,copies:__dataclass_type_copies__=__dataclass_dflt_copies__,new_text:__dataclass_type_new_text__=__dataclass_dflt_new_text__,links:__dataclass_type_links__=__dataclass_HAS_DEFAULT_FACTORY__,widening:__dataclass_type_widening__=__dataclass_dflt_widening__)->__dataclass_return_type__:\n  self.build=build\n  self.dockerfile=dockerfile\n  self.consumed=consumed\n  self.builders=__dataclass_dflt_builders__() if builders is __dataclass_HAS_DEFAULT_FACTORY__ else builders\n  self.files=__dataclass_dflt_files__() if files is __dataclass_HAS_DEFAULT_FACTORY__ else files\n  self.copies=copies\n  self.new_text=new_text\n  self.links=__dataclass_dflt_links__() if links is __dataclass_HAS_DEFAULT_FACTORY__ else links\n  self.widening=widening\n return __init__',
    "def __create_fn__(__dataclass_type_builder__, __dataclass_type_archive__, __dataclass_type_index__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,builder:__dataclass_type_builder__,archive:__dataclass_type_archive__,index:__dataclass_type_index__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'builder',builder)\n  __dataclass_builtins_object__.__setattr__(self,'archive',archive)\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n return __init__",
    'def __create_fn__(__dataclass_type_builder__, __dataclass_type_start__, __dataclass_type_end__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,builder:__dataclass_type_builder__,start:__dataclass_type_start__,end:__dataclass_type_end__)->__dataclass_return_type__:\n  self.builder=builder\n  self.start=start\n  self.end=end\n return __init__',
    'def __create_fn__(__dataclass_type_change__, __dataclass_type_target__, __dataclass_type_mode__, __dataclass_type_owner__, __dataclass_type_link__, __dataclass_type_tmp__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_owner__, __dataclass_dflt_link__, __dataclass_dflt_tmp__, __dataclass_return_type__):\n def __init__(self,change:__dataclass_type_change__,target:__dataclass_type_target__,mode:__dataclass_type_mode__,owner:__dataclass_type_owner__=__dataclass_dflt_owner__,link:__dataclass_type_link__=__dataclass_dflt_link__,tmp:__dataclass_type_tmp__=__dataclass_dflt_tmp__)->__dataclass_return_type__:\n  self.change=change\n  self.target=target\n  self.mode=mode\n  self.owner=owner\n  self.link=link\n  self.tmp=tmp\n return __init__',
    "def __create_fn__(__dataclass_type_code__, __dataclass_type_message__, __dataclass_type_offset__, __dataclass_type_hint__, __dataclass_type_extraction__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_hint__, __dataclass_dflt_extraction__, __dataclass_return_type__):\n def __init__(self,code:__dataclass_type_code__,message:__dataclass_type_message__,offset:__dataclass_type_offset__,hint:__dataclass_type_hint__=__dataclass_dflt_hint__,extraction:__dataclass_type_extraction__=__dataclass_dflt_extraction__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'offset',offset)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n  __dataclass_builtins_object__.__setattr__(self,'extraction',extraction)\n return __init__",
    "def __create_fn__(__dataclass_type_code__, __dataclass_type_message__, __dataclass_type_path__, __dataclass_type_line__, __dataclass_type_col__, __dataclass_type_hint__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_path__, __dataclass_dflt_line__, __dataclass_dflt_col__, __dataclass_dflt_hint__, __dataclass_return_type__):\n def __init__(self,code:__dataclass_type_code__,message:__dataclass_type_message__,path:__dataclass_type_path__=__dataclass_dflt_path__,line:__dataclass_type_line__=__dataclass_dflt_line__,col:__dataclass_type_col__=__dataclass_dflt_col__,hint:__dataclass_type_hint__=__dataclass_dflt_hint__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n return __init__",
    "def __create_fn__(__dataclass_type_code__, __dataclass_type_severity__, __dataclass_type_title__, __dataclass_type_hint__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,code:__dataclass_type_code__,severity:__dataclass_type_severity__,title:__dataclass_type_title__,hint:__dataclass_type_hint__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n return __init__",
    "def __create_fn__(__dataclass_type_col__, __dataclass_type_word__, __dataclass_type_path__, __dataclass_type_artifact__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,col:__dataclass_type_col__,word:__dataclass_type_word__,path:__dataclass_type_path__,artifact:__dataclass_type_artifact__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'word',word)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'artifact',artifact)\n return __init__",
    "def __create_fn__(__dataclass_type_command__, __dataclass_type_unit__, __dataclass_type_scope__, __dataclass_type_order__, __dataclass_type_source__, __dataclass_type_script__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_source__, __dataclass_dflt_script__, __dataclass_return_type__):\n def __init__(self,command:__dataclass_type_command__,unit:__dataclass_type_unit__,scope:__dataclass_type_scope__,order:__dataclass_type_order__,source:__dataclass_type_source__=__dataclass_dflt_source__,script:__dataclass_type_script__=__dataclass_dflt_script__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'command',command)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n  __dataclass_builtins_object__.__setattr__(self,'scope',scope)\n  __dataclass_builtins_object__.__setattr__(self,'order',order)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'script',script)\n return __init__",
    'def __create_fn__(__dataclass_type_container__, __dataclass_type_lines__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_lines__, __dataclass_return_type__):\n def __init__(self,container:__dataclass_type_container__,lines:__dataclass_type_lines__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:\n  self.container=container\n  self.lines=__dataclass_dflt_lines__() if lines is __dataclass_HAS_DEFAULT_FACTORY__ else lines\n return __init__',
    'def __create_fn__(__dataclass_type_context__, __dataclass_type_runtime_edits__, __dataclass_type_ignore__, __dataclass_type_command__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_runtime_edits__, __dataclass_dflt_ignore__, __dataclass_dflt_command__, __dataclass_return_type__):\n def __init__(self,context:__dataclass_type_context__,runtime_edits:__dataclass_type_runtime_edits__=__dataclass_HAS_DEFAULT_FACTORY__,ignore:__dataclass_type_ignore__=__dataclass_dflt_ignore__,command:__dataclass_type_command__=__dataclass_dflt_command__)->__dataclass_return_type__:\n  self.context=context\n  self.runtime_edits=__dataclass_dflt_runtime_edits__() if runtime_edits is __dataclass_HAS_DEFAULT_FACTORY__ else runtime_edits\n  self.ignore=ignore\n  self.command=command\n return __init__',
    'def __create_fn__(__dataclass_type_counts__, __dataclass_type_blockers__, __dataclass_type_titles__, __dataclass_type_recorded__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_counts__, __dataclass_dflt_blockers__, __dataclass_dflt_titles__, __dataclass_dflt_recorded__, __dataclass_return_type__):\n def __init__(self,counts:__dataclass_type_counts__=__dataclass_HAS_DEFAULT_FACTORY__,blockers:__dataclass_type_blockers__=__dataclass_HAS_DEFAULT_FACTORY__,titles:__dataclass_type_titles__=__dataclass_HAS_DEFAULT_FACTORY__,recorded:__dataclass_type_recorded__=__dataclass_dflt_recorded__)->__dataclass_return_type__:\n  self.counts=__dataclass_dflt_counts__() if counts is __dataclass_HAS_DEFAULT_FACTORY__ else counts\n  self.blockers=__dataclass_dflt_blockers__() if blockers is __dataclass_HAS_DEFAULT_FACTORY__ else blockers\n  self.titles=__dataclass_dflt_titles__() if titles is __dataclass_HAS_DEFAULT_FACTORY__ else titles\n  self.recorded=recorded\n return __init__',
    'def __create_fn__(__dataclass_type_diagnostics__, __dataclass_type_updated__, __dataclass_type_summary__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_diagnostics__, __dataclass_dflt_updated__, __dataclass_dflt_summary__, __dataclass_return_type__):\n def __init__(self,diagnostics:__dataclass_type_diagnostics__=__dataclass_HAS_DEFAULT_FACTORY__,updated:__dataclass_type_updated__=__dataclass_HAS_DEFAULT_FACTORY__,summary:__dataclass_type_summary__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:\n  self.diagnostics=__dataclass_dflt_diagnostics__() if diagnostics is __dataclass_HAS_DEFAULT_FACTORY__ else diagnostics\n  self.updated=__dataclass_dflt_updated__() if updated is __dataclass_HAS_DEFAULT_FACTORY__ else updated\n  self.summary=__dataclass_dflt_summary__() if summary is __dataclass_HAS_DEFAULT_FACTORY__ else summary\n return __init__',
    "def __create_fn__(__dataclass_type_dockerfile__, __dataclass_type_stage__, __dataclass_type_context__, __dataclass_type_merged__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_merged__, __dataclass_return_type__):\n def __init__(self,dockerfile:__dataclass_type_dockerfile__,stage:__dataclass_type_stage__,context:__dataclass_type_context__,merged:__dataclass_type_merged__=__dataclass_dflt_merged__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'dockerfile',dockerfile)\n  __dataclass_builtins_object__.__setattr__(self,'stage',stage)\n  __dataclass_builtins_object__.__setattr__(self,'context',context)\n  __dataclass_builtins_object__.__setattr__(self,'merged',merged)\n return __init__",
    'def __create_fn__(__dataclass_type_dockerfile__, __dataclass_type_target__, __dataclass_type_stage_name__, __dataclass_type_renames__, __dataclass_type_post_run__, __dataclass_type_rebase__, __dataclass_type_context__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_stage_name__, __dataclass_dflt_renames__, __dataclass_dflt_post_run__, __dataclass_dflt_rebase__, __dataclass_dflt_context__, __dataclass_return_type__):\n def __init__(self,dockerfile:__dataclass_type_dockerfile__,target:__dataclass_type_target__,stage_name:__dataclass_type_stage_name__=__dataclass_dflt_stage_name__,renames:__dataclass_type_renames__=__dataclass_HAS_DEFAULT_FACTORY__,post_run:__dataclass_type_post_run__=__dataclass_HAS_DEFAULT_FACTORY__,rebase:__dataclass_type_rebase__=__dataclass_HAS_DEFAULT_FACTORY__,context:__dataclass_type_context__=__dataclass_dflt_context__)->__dataclass_return_type__:\n  self.dockerfile=dockerfile\n  self.target=target\n  self.stage_name=stage_name\n  self.renames=__dataclass_dflt_renames__() if renames is __dataclass_HAS_DEFAULT_FACTORY__ else renames\n  self.post_run=__dataclass_dflt_post_run__() if post_run is __dataclass_HAS_DEFAULT_FACTORY__ else post_run\n  self.rebase=__dataclass_dflt_rebase__() if rebase is __dataclass_HAS_DEFAULT_FACTORY__ else rebase\n  self.context=context\n return __init__',
    'def __create_fn__(__dataclass_type_edits__, __dataclass_type_consumed__, __dataclass_type_diagnostics__, __dataclass_type_rewritten__, __dataclass_type_consumers__, __dataclass_type_unpacks__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_edits__, __dataclass_dflt_consumed__, __dataclass_dflt_diagnostics__, __dataclass_dflt_rewritten__, __dataclass_dflt_consumers__, __dataclass_dflt_unpacks__, __dataclass_return_type__):\n def __init__(self,edits:__dataclass_type_edits__=__dataclass_HAS_DEFAULT_FACTORY__,consumed:__dataclass_type_consumed__=__dataclass_HAS_DEFAULT_FACTORY__,diagnostics:__dataclass_type_diagnostics__=__dataclass_HAS_DEFAULT_FACTORY__,rewritten:__dataclass_type_rewritten__=__dataclass_HAS_DEFAULT_FACTORY__,consumers:__dataclass_type_consumers__=__dataclass_HAS_DEFAULT_FACTORY__,unpacks:__dataclass_type_unpacks__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:\n  self.edits=__dataclass_dflt_edits__() if edits is __dataclass_HAS_DEFAULT_FACTORY__ else edits\n  self.consumed=__dataclass_dflt_consumed__() if consumed is __dataclass_HAS_DEFAULT_FACTORY__ else consumed\n  self.diagnostics=__dataclass_dflt_diagnostics__() if diagnostics is __dataclass_HAS_DEFAULT_FACTORY__ else diagnostics\n  self.rewritten=__dataclass_dflt_rewritten__() if rewritten is __dataclass_HAS_DEFAULT_FACTORY__ else rewritten\n  self.consumers=__dataclass_dflt_consumers__() if consumers is __dataclass_HAS_DEFAULT_FACTORY__ else consumers\n  self.unpacks=__dataclass_dflt_unpacks__() if unpacks is __dataclass_HAS_DEFAULT_FACTORY__ else unpacks\n return __init__',
    'def __create_fn__(__dataclass_type_edits__, __dataclass_type_diagnostics__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_edits__, __dataclass_dflt_diagnostics__, __dataclass_return_type__):\n def __init__(self,edits:__dataclass_type_edits__=__dataclass_HAS_DEFAULT_FACTORY__,diagnostics:__dataclass_type_diagnostics__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:\n  self.edits=__dataclass_dflt_edits__() if edits is __dataclass_HAS_DEFAULT_FACTORY__ else edits\n  self.diagnostics=__dataclass_dflt_diagnostics__() if diagnostics is __dataclass_HAS_DEFAULT_FACTORY__ else diagnostics\n return __init__',
    "def __create_fn__(__dataclass_type_event__, __dataclass_type_phase__, __dataclass_type_data__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,event:__dataclass_type_event__,phase:__dataclass_type_phase__,data:__dataclass_type_data__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'event',event)\n  __dataclass_builtins_object__.__setattr__(self,'phase',phase)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n return __init__",
    'def __create_fn__(__dataclass_type_extraction__, __dataclass_type_build__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,extraction:__dataclass_type_extraction__,build:__dataclass_type_build__)->__dataclass_return_type__:\n  self.extraction=extraction\n  self.build=build\n return __init__',
    "def __create_fn__(__dataclass_type_globals__, __dataclass_type_sub__, __dataclass_type_rest__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,globals:__dataclass_type_globals__,sub:__dataclass_type_sub__,rest:__dataclass_type_rest__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'globals',globals)\n  __dataclass_builtins_object__.__setattr__(self,'sub',sub)\n  __dataclass_builtins_object__.__setattr__(self,'rest',rest)\n return __init__",
    'def __create_fn__(__dataclass_type_graph__, __dataclass_type_artifacts__, __dataclass_type_builders__, __dataclass_type_removed__, __dataclass_type_runtime__, __dataclass_type_diagnostics__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_removed__, __dataclass_dflt_runtime__, __dataclass_dflt_diagnostics__, __dataclass_return_type__):\n def __init__(self,graph:__dataclass_type_graph__,artifacts:__dataclass_type_artifacts__,builders:__dataclass_type_builders__,removed:__dataclass_type_removed__=__dataclass_HAS_DEFAULT_FACTORY__,runtime:__dataclass_type_runtime__=__dataclass_dflt_runtime__,diagnostics:__dataclass_type_diagnostics__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:\n  self.graph=graph\n  self.artifacts=artifacts\n  self.builders=builders\n  self.removed=__dataclass_dflt_removed__() if removed is __dataclass_HAS_DEFAULT_FACTORY__ else removed\n  self.runtime=runtime\n  self.diagnostics=__dataclass_dflt_diagnostics__() if diagnostics is __dataclass_HAS_DEFAULT_FACTORY__ else diagnostics\n return __init__',
    "def __create_fn__(__dataclass_type_host__, __dataclass_type_container__, __dataclass_type_merged__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_merged__, __dataclass_return_type__):\n def __init__(self,host:__dataclass_type_host__,container:__dataclass_type_container__,merged:__dataclass_type_merged__=__dataclass_dflt_merged__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'host',host)\n  __dataclass_builtins_object__.__setattr__(self,'container',container)\n  __dataclass_builtins_object__.__setattr__(self,'merged',merged)\n return __init__",
    "def __create_fn__(__dataclass_type_host__, __dataclass_type_container__, __dataclass_type_stage__, __dataclass_type_dockerfile__, __dataclass_type_context__, __dataclass_type_merged__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_merged__, __dataclass_return_type__):\n def __init__(self,host:__dataclass_type_host__,container:__dataclass_type_container__,stage:__dataclass_type_stage__,dockerfile:__dataclass_type_dockerfile__,context:__dataclass_type_context__,merged:__dataclass_type_merged__=__dataclass_dflt_merged__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'host',host)\n  __dataclass_builtins_object__.__setattr__(self,'container',container)\n  __dataclass_builtins_object__.__setattr__(self,'stage',stage)\n  __dataclass_builtins_object__.__setattr__(self,'dockerfile',dockerfile)\n  __dataclass_builtins_object__.__setattr__(self,'context',context)\n  __dataclass_builtins_object__.__setattr__(self,'merged',merged)\n return __init__",
    "def __create_fn__(__dataclass_type_index__, __dataclass_type_count__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,index:__dataclass_type_index__,count:__dataclass_type_count__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'count',count)\n return __init__",
    "def __create_fn__(__dataclass_type_index__, __dataclass_type_item__, __dataclass_type_reason__, __dataclass_type_seconds__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,index:__dataclass_type_index__,item:__dataclass_type_item__,reason:__dataclass_type_reason__,seconds:__dataclass_type_seconds__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n return __init__",
    "def __create_fn__(__dataclass_type_index__, __dataclass_type_name__, __dataclass_type_base__, __dataclass_type_from___, __dataclass_type_body__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,index:__dataclass_type_index__,name:__dataclass_type_name__,base:__dataclass_type_base__,from_:__dataclass_type_from___,body:__dataclass_type_body__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'from_',from_)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n return __init__",
    "def __create_fn__(__dataclass_type_index__, __dataclass_type_value__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,index:__dataclass_type_index__,value:__dataclass_type_value__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n return __init__",
    "def __create_fn__(__dataclass_type_key__, __dataclass_type_default__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_default__, __dataclass_return_type__):\n def __init__(self,key:__dataclass_type_key__,default:__dataclass_type_default__=__dataclass_dflt_default__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'default',default)\n return __init__",
    "def __create_fn__(__dataclass_type_keyword__, __dataclass_type_start__, __dataclass_type_end__, __dataclass_type_line__, __dataclass_type_tokens__, __dataclass_type_heredoc__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_heredoc__, __dataclass_return_type__):\n def __init__(self,keyword:__dataclass_type_keyword__,start:__dataclass_type_start__,end:__dataclass_type_end__,line:__dataclass_type_line__,tokens:__dataclass_type_tokens__,heredoc:__dataclass_type_heredoc__=__dataclass_dflt_heredoc__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'tokens',tokens)\n  __dataclass_builtins_object__.__setattr__(self,'heredoc',heredoc)\n return __init__",
    "def __create_fn__(__dataclass_type_keywords__, __dataclass_type_buildargs__, __dataclass_type_has_buildargs__, __dataclass_type_flags__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_buildargs__, __dataclass_dflt_has_buildargs__, __dataclass_dflt_flags__, __dataclass_return_type__):\n def __init__(self,keywords:__dataclass_type_keywords__,buildargs:__dataclass_type_buildargs__=__dataclass_dflt_buildargs__,has_buildargs:__dataclass_type_has_buildargs__=__dataclass_dflt_has_buildargs__,flags:__dataclass_type_flags__=__dataclass_dflt_flags__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'keywords',keywords)\n  __dataclass_builtins_object__.__setattr__(self,'buildargs',buildargs)\n  __dataclass_builtins_object__.__setattr__(self,'has_buildargs',has_buildargs)\n  __dataclass_builtins_object__.__setattr__(self,'flags',flags)\n return __init__",
    "def __create_fn__(__dataclass_type_kind__, __dataclass_type_argv__, __dataclass_type_env__, __dataclass_type_store__, __dataclass_type_runroot__, __dataclass_type_buildah__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_env__, __dataclass_dflt_store__, __dataclass_dflt_runroot__, __dataclass_dflt_buildah__, __dataclass_return_type__):\n def __init__(self,kind:__dataclass_type_kind__,argv:__dataclass_type_argv__,env:__dataclass_type_env__=__dataclass_HAS_DEFAULT_FACTORY__,store:__dataclass_type_store__=__dataclass_dflt_store__,runroot:__dataclass_type_runroot__=__dataclass_dflt_runroot__,buildah:__dataclass_type_buildah__=__dataclass_dflt_buildah__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'argv',argv)\n  __dataclass_builtins_object__.__setattr__(self,'env',__dataclass_dflt_env__() if env is __dataclass_HAS_DEFAULT_FACTORY__ else env)\n  __dataclass_builtins_object__.__setattr__(self,'store',store)\n  __dataclass_builtins_object__.__setattr__(self,'runroot',runroot)\n  __dataclass_builtins_object__.__setattr__(self,'buildah',buildah)\n return __init__",
    "def __create_fn__(__dataclass_type_location__, __dataclass_type_container_path__, __dataclass_type_host_path__, __dataclass_type_stage__, __dataclass_type_consumer__, __dataclass_type_copy_from__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,location:__dataclass_type_location__,container_path:__dataclass_type_container_path__,host_path:__dataclass_type_host_path__,stage:__dataclass_type_stage__,consumer:__dataclass_type_consumer__,copy_from:__dataclass_type_copy_from__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'container_path',container_path)\n  __dataclass_builtins_object__.__setattr__(self,'host_path',host_path)\n  __dataclass_builtins_object__.__setattr__(self,'stage',stage)\n  __dataclass_builtins_object__.__setattr__(self,'consumer',consumer)\n  __dataclass_builtins_object__.__setattr__(self,'copy_from',copy_from)\n return __init__",
    "def __create_fn__(__dataclass_type_mode__, __dataclass_type_patch_dir__, __dataclass_type_allow_dirty__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_mode__, __dataclass_dflt_patch_dir__, __dataclass_dflt_allow_dirty__, __dataclass_return_type__):\n def __init__(self,mode:__dataclass_type_mode__=__dataclass_dflt_mode__,patch_dir:__dataclass_type_patch_dir__=__dataclass_dflt_patch_dir__,allow_dirty:__dataclass_type_allow_dirty__=__dataclass_dflt_allow_dirty__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'patch_dir',patch_dir)\n  __dataclass_builtins_object__.__setattr__(self,'allow_dirty',allow_dirty)\n return __init__",
    'def __create_fn__(__dataclass_type_name__, __dataclass_type_chown_root__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,name:__dataclass_type_name__,chown_root:__dataclass_type_chown_root__)->__dataclass_return_type__:\n  self.name=name\n  self.chown_root=chown_root\n return __init__',
    "def __create_fn__(__dataclass_type_name__, __dataclass_type_op__, __dataclass_type_arg__, __dataclass_type_quoted__, __dataclass_type_start__, __dataclass_type_end__, __dataclass_type_arg_start__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_arg_start__, __dataclass_return_type__):\n def __init__(self,name:__dataclass_type_name__,op:__dataclass_type_op__,arg:__dataclass_type_arg__,quoted:__dataclass_type_quoted__,start:__dataclass_type_start__,end:__dataclass_type_end__,arg_start:__dataclass_type_arg_start__=__dataclass_dflt_arg_start__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'arg',arg)\n  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'arg_start',arg_start)\n return __init__",
    'def __create_fn__(__dataclass_type_name__, __dataclass_type_op__, __dataclass_type_value__, __dataclass_type_start__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,name:__dataclass_type_name__,op:__dataclass_type_op__,value:__dataclass_type_value__,start:__dataclass_type_start__)->__dataclass_return_type__:\n  self.name=name\n  self.op=op\n  self.value=value\n  self.start=start\n return __init__',
    'def __create_fn__(__dataclass_type_options__, __dataclass_type_positional__, __dataclass_type_dockerfile__, __dataclass_type_tags__, __dataclass_type_build_args__, __dataclass_type_iidfile__, __dataclass_type_has_format__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_options__, __dataclass_dflt_positional__, __dataclass_dflt_dockerfile__, __dataclass_dflt_tags__, __dataclass_dflt_build_args__, __dataclass_dflt_iidfile__, __dataclass_dflt_has_format__, __dataclass_return_type__):\n def __init__(self,options:__dataclass_type_options__=__dataclass_HAS_DEFAULT_FACTORY__,positional:__dataclass_type_positional__=__dataclass_HAS_DEFAULT_FACTORY__,dockerfile:__dataclass_type_dockerfile__=__dataclass_dflt_dockerfile__,tags:__dataclass_type_tags__=__dataclass_HAS_DEFAULT_FACTORY__,build_args:__dataclass_type_build_args__=__dataclass_HAS_DEFAULT_FACTORY__,iidfile:__dataclass_type_iidfile__=__dataclass_dflt_iidfile__,has_format:__dataclass_type_has_format__=__dataclass_dflt_has_format__)->__dataclass_return_type__:\n  self.options=__dataclass_dflt_options__() if options is __dataclass_HAS_DEFAULT_FACTORY__ else options\n  self.positional=__dataclass_dflt_positional__() if positional is __dataclass_HAS_DEFAULT_FACTORY__ else positional\n  self.dockerfile=dockerfile\n  self.tags=__dataclass_dflt_tags__() if tags is __dataclass_HAS_DEFAULT_FACTORY__ else tags\n  self.build_args=__dataclass_dflt_build_args__() if build_args is __dataclass_HAS_DEFAULT_FACTORY__ else build_args\n  self.iidfile=iidfile\n  self.has_format=has_format\n return __init__',
    "def __create_fn__(__dataclass_type_outcome__, __dataclass_type_blockers__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_blockers__, __dataclass_return_type__):\n def __init__(self,outcome:__dataclass_type_outcome__,blockers:__dataclass_type_blockers__=__dataclass_dflt_blockers__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)\n  __dataclass_builtins_object__.__setattr__(self,'blockers',blockers)\n return __init__",
    "def __create_fn__(__dataclass_type_path__, __dataclass_type_field__, __dataclass_type_legacy__, __dataclass_type_migrated__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,path:__dataclass_type_path__,field:__dataclass_type_field__,legacy:__dataclass_type_legacy__,migrated:__dataclass_type_migrated__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'legacy',legacy)\n  __dataclass_builtins_object__.__setattr__(self,'migrated',migrated)\n return __init__",
    "def __create_fn__(__dataclass_type_path__, __dataclass_type_old__, __dataclass_type_new__, __dataclass_type_mode__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_mode__, __dataclass_return_type__):\n def __init__(self,path:__dataclass_type_path__,old:__dataclass_type_old__,new:__dataclass_type_new__,mode:__dataclass_type_mode__=__dataclass_dflt_mode__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'old',old)\n  __dataclass_builtins_object__.__setattr__(self,'new',new)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n return __init__",
    "def __create_fn__(__dataclass_type_path__, __dataclass_type_raw__, __dataclass_type_mode__, __dataclass_type__line_starts__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_mode__, __dataclass_dflt__line_starts__, __dataclass_return_type__):\n def __init__(self,path:__dataclass_type_path__,raw:__dataclass_type_raw__,mode:__dataclass_type_mode__=__dataclass_dflt_mode__,_line_starts:__dataclass_type__line_starts__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'raw',raw)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'_line_starts',__dataclass_dflt__line_starts__() if _line_starts is __dataclass_HAS_DEFAULT_FACTORY__ else _line_starts)\n return __init__",
    "def __create_fn__(__dataclass_type_pattern__, __dataclass_type_regex__, __dataclass_type_negate__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,pattern:__dataclass_type_pattern__,regex:__dataclass_type_regex__,negate:__dataclass_type_negate__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)\n  __dataclass_builtins_object__.__setattr__(self,'regex',regex)\n  __dataclass_builtins_object__.__setattr__(self,'negate',negate)\n return __init__",
    "def __create_fn__(__dataclass_type_pieces__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_pieces__, __dataclass_return_type__):\n def __init__(self,pieces:__dataclass_type_pieces__=__dataclass_dflt_pieces__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'pieces',pieces)\n return __init__",
    'def __create_fn__(__dataclass_type_proc__, __dataclass_type_conn__, __dataclass_type_queue__, __dataclass_type_since__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_queue__, __dataclass_dflt_since__, __dataclass_return_type__):\n def __init__(self,proc:__dataclass_type_proc__,conn:__dataclass_type_conn__,queue:__dataclass_type_queue__=__dataclass_HAS_DEFAULT_FACTORY__,since:__dataclass_type_since__=__dataclass_dflt_since__)->__dataclass_return_type__:\n  self.proc=proc\n  self.conn=conn\n  self.queue=__dataclass_dflt_queue__() if queue is __dataclass_HAS_DEFAULT_FACTORY__ else queue\n  self.since=since\n return __init__',
    "def __create_fn__(__dataclass_type_reason__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,reason:__dataclass_type_reason__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n return __init__",
    "def __create_fn__(__dataclass_type_repo__, __dataclass_type_outcome__, __dataclass_type_changes__, __dataclass_type_diagnostics__, __dataclass_type_summary__, __dataclass_type_entrypoint__, __dataclass_type_entry_cwd__, __dataclass_type_flows__, __dataclass_type_advisories__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_changes__, __dataclass_dflt_diagnostics__, __dataclass_dflt_summary__, __dataclass_dflt_entrypoint__, __dataclass_dflt_entry_cwd__, __dataclass_dflt_flows__, __dataclass_dflt_advisories__, __dataclass_return_type__):\n def __init__(self,repo:__dataclass_type_repo__,outcome:__dataclass_type_outcome__,changes:__dataclass_type_changes__=__dataclass_dflt_changes__,diagnostics:__dataclass_type_diagnostics__=__dataclass_dflt_diagnostics__,summary:__dataclass_type_summary__=__dataclass_dflt_summary__,entrypoint:__dataclass_type_entrypoint__=__dataclass_dflt_entrypoint__,entry_cwd:__dataclass_type_entry_cwd__=__dataclass_dflt_entry_cwd__,flows:__dataclass_type_flows__=__dataclass_dflt_flows__,advisories:__dataclass_type_advisories__=__dataclass_dflt_advisories__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'repo',repo)\n  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)\n  __dataclass_builtins_object__.__setattr__(self,'changes',changes)\n  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'entrypoint',entrypoint)\n  __dataclass_builtins_object__.__setattr__(self,'entry_cwd',entry_cwd)\n  __dataclass_builtins_object__.__setattr__(self,'flows',flows)\n  __dataclass_builtins_object__.__setattr__(self,'advisories',advisories)\n return __init__",
    "def __create_fn__(__dataclass_type_repo__, __dataclass_type_status__, __dataclass_type_engine__, __dataclass_type_migration__, __dataclass_type_differences__, __dataclass_type_legacy_image__, __dataclass_type_migrated_image__, __dataclass_type_timings__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_migration__, __dataclass_dflt_differences__, __dataclass_dflt_legacy_image__, __dataclass_dflt_migrated_image__, __dataclass_dflt_timings__, __dataclass_return_type__):\n def __init__(self,repo:__dataclass_type_repo__,status:__dataclass_type_status__,engine:__dataclass_type_engine__,migration:__dataclass_type_migration__=__dataclass_dflt_migration__,differences:__dataclass_type_differences__=__dataclass_dflt_differences__,legacy_image:__dataclass_type_legacy_image__=__dataclass_dflt_legacy_image__,migrated_image:__dataclass_type_migrated_image__=__dataclass_dflt_migrated_image__,timings:__dataclass_type_timings__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'repo',repo)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'engine',engine)\n  __dataclass_builtins_object__.__setattr__(self,'migration',migration)\n  __dataclass_builtins_object__.__setattr__(self,'differences',differences)\n  __dataclass_builtins_object__.__setattr__(self,'legacy_image',legacy_image)\n  __dataclass_builtins_object__.__setattr__(self,'migrated_image',migrated_image)\n  __dataclass_builtins_object__.__setattr__(self,'timings',__dataclass_dflt_timings__() if timings is __dataclass_HAS_DEFAULT_FACTORY__ else timings)\n return __init__",
    "def __create_fn__(__dataclass_type_role__, __dataclass_type_location__, __dataclass_type_dockerfile__, __dataclass_type_context__, __dataclass_type_tags__, __dataclass_type_build_args__, __dataclass_type_target__, __dataclass_type_stage__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_stage__, __dataclass_return_type__):\n def __init__(self,role:__dataclass_type_role__,location:__dataclass_type_location__,dockerfile:__dataclass_type_dockerfile__,context:__dataclass_type_context__,tags:__dataclass_type_tags__,build_args:__dataclass_type_build_args__,target:__dataclass_type_target__,stage:__dataclass_type_stage__=__dataclass_dflt_stage__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'role',role)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'dockerfile',dockerfile)\n  __dataclass_builtins_object__.__setattr__(self,'context',context)\n  __dataclass_builtins_object__.__setattr__(self,'tags',tags)\n  __dataclass_builtins_object__.__setattr__(self,'build_args',build_args)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'stage',stage)\n return __init__",
    "def __create_fn__(__dataclass_type_roots__, __dataclass_type_from_file__, __dataclass_type_mode__, __dataclass_type_jobs__, __dataclass_type_timeout__, __dataclass_type_results__, __dataclass_type_retry_failed__, __dataclass_type_shard__, __dataclass_type_patch_dir__, __dataclass_type_fmt__, __dataclass_type_quiet__, __dataclass_type_verbose__, __dataclass_type_allow_dirty__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_roots__, __dataclass_dflt_from_file__, __dataclass_dflt_mode__, __dataclass_dflt_jobs__, __dataclass_dflt_timeout__, __dataclass_dflt_results__, __dataclass_dflt_retry_failed__, __dataclass_dflt_shard__, __dataclass_dflt_patch_dir__, __dataclass_dflt_fmt__, __dataclass_dflt_quiet__, __dataclass_dflt_verbose__, __dataclass_dflt_allow_dirty__, __dataclass_return_type__):\n def __init__(self,roots:__dataclass_type_roots__=__dataclass_dflt_roots__,from_file:__dataclass_type_from_file__=__dataclass_dflt_from_file__,mode:__dataclass_type_mode__=__dataclass_dflt_mode__,jobs:__dataclass_type_jobs__=__dataclass_dflt_jobs__,timeout:__dataclass_type_timeout__=__dataclass_dflt_timeout__,results:__dataclass_type_results__=__dataclass_dflt_results__,retry_failed:__dataclass_type_retry_failed__=__dataclass_dflt_retry_failed__,shard:__dataclass_type_shard__=__dataclass_dflt_shard__,patch_dir:__dataclass_type_patch_dir__=__dataclass_dflt_patch_dir__,fmt:__dataclass_type_fmt__=__dataclass_dflt_fmt__,quiet:__dataclass_type_quiet__=__dataclass_dflt_quiet__,verbose:__dataclass_type_verbose__=__dataclass_dflt_verbose__,allow_dirty:__dataclass_type_allow_dirty__=__dataclass_dflt_allow_dirty__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'roots',roots)\n  __dataclass_builtins_object__.__setattr__(self,'from_file',from_file)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)\n  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)\n  __dataclass_builtins_object__.__setattr__(self,'results',results)\n  __dataclass_builtins_object__.__setattr__(self,'retry_failed',retry_failed)\n  __dataclass_builtins_object__.__setattr__(self,'shard',shard)\n  __dataclass_builtins_object__.__setattr__(self,'patch_dir',patch_dir)\n  __dataclass_builtins_object__.__setattr__(self,'fmt',fmt)\n  __dataclass_builtins_object__.__setattr__(self,'quiet',quiet)\n  __dataclass_builtins_object__.__setattr__(self,'verbose',verbose)\n  __dataclass_builtins_object__.__setattr__(self,'allow_dirty',allow_dirty)\n return __init__",
    "def __create_fn__(__dataclass_type_script__, __dataclass_type_cwd__, __dataclass_type_builds__, __dataclass_type_artifacts__, __dataclass_type_removed__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_builds__, __dataclass_dflt_artifacts__, __dataclass_dflt_removed__, __dataclass_return_type__):\n def __init__(self,script:__dataclass_type_script__,cwd:__dataclass_type_cwd__,builds:__dataclass_type_builds__=__dataclass_dflt_builds__,artifacts:__dataclass_type_artifacts__=__dataclass_dflt_artifacts__,removed:__dataclass_type_removed__=__dataclass_dflt_removed__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'script',script)\n  __dataclass_builtins_object__.__setattr__(self,'cwd',cwd)\n  __dataclass_builtins_object__.__setattr__(self,'builds',builds)\n  __dataclass_builtins_object__.__setattr__(self,'artifacts',artifacts)\n  __dataclass_builtins_object__.__setattr__(self,'removed',removed)\n return __init__",
    'def __create_fn__(__dataclass_type_script__, __dataclass_type_cwd__, __dataclass_type_builds__, __dataclass_type_containers__, __dataclass_type_extractions__, __dataclass_type_host_steps__, __dataclass_type_docker_uses__, __dataclass_type_assignments__, __dataclass_type_diagnostics__, __dataclass_type_sites__, __dataclass_type_extraction_attempts__, __dataclass_type_status_checks__, __dataclass_type_called__, __dataclass_type_sourced__, __dataclass_type_function_calls__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_builds__, __dataclass_dflt_containers__, __dataclass_dflt_extractions__, __dataclass_dflt_host_steps__, __dataclass_dflt_docker_uses__, __dataclass_dflt_assignments__, __dataclass_dflt_diagnostics__, __dataclass_dflt_sites__, __dataclass_dflt_extraction_attempts__, __dataclass_dflt_status_checks__, __dataclass_dflt_called__, __dataclass_dflt_sourced__, __dataclass_dflt_function_calls__, __dataclass_return_type__):\n def __init__(self,script:__dataclass_type_script__,cwd:__dataclass_type_cwd__,builds:__dataclass_type_builds__=__dataclass_HAS_DEFAULT_FACTORY__,containers:__dataclass_type_containers__=__dataclass_HAS_DEFAULT_FACTORY__,extractions:__dataclass_type_extractions__=__dataclass_HAS_DEFAULT_FACTORY__,host_steps:__dataclass_type_host_steps__=__dataclass_HAS_DEFAULT_FACTORY__,docker_uses:__dataclass_type_docker_uses__=__dataclass_HAS_DEFAULT_FACTORY__,assignments:__dataclass_type_assignments__=__dataclass_HAS_DEFAULT_FACTORY__,diagnostics:__dataclass_type_diagnostics__=__dataclass_HAS_DEFAULT_FACTORY__,sites:__dataclass_type_sites__=__dataclass_HAS_DEFAULT_FACTORY__,extraction_attempts:__dataclass_type_extraction_attempts__=__dataclass_dflt_extraction_attempts__,status_checks:__dataclass_type_status_checks__=__dataclass_HAS_DEFAULT_FACTORY__,called:__dataclass_type_called__=__dataclass_HAS_DEFAULT_FACTORY__,sourced:__dataclass_type_sourced__=__dataclass_HAS_DEFAULT_FACTORY__,function_calls:__dataclass_type_function_calls__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:\n  self.script=script\n  self.cwd=cwd\n  self.builds=__dataclass_dflt_builds__() if builds is __dataclass_HAS_DEFAULT_FACTORY__ else builds\n  self.containers=__dataclass_dflt_containers__() if containers is __dataclass_HAS_DEFAULT_FACTORY__ else containers\n  self.extractions=__dataclass_dflt_extractions__() if extractions is __dataclass_HAS_DEFAULT_FACTORY__ else extractions\n  self.host_steps=__dataclass_dflt_host_steps__() if host_steps is __dataclass_HAS_DEFAULT_FACTORY__ else host_steps\n  self.docker_uses=__dataclass_dflt_docker_uses__() if docker_uses is __dataclass_HAS_DEFAULT_FACTORY__ else docker_uses\n  self.assignments=__dataclass_dflt_assignments__() if assignments is __dataclass_HAS_DEFAULT_FACTORY__ else assignments\n  self.diagnostics=__dataclass_dflt_diagnostics__() if diagnostics is __dataclass_HAS_DEFAULT_FACTORY__ else diagnostics\n  self.sites=__dataclass_dflt_sites__() if sites is __dataclass_HAS_DEFAULT_FACTORY__ else sites\n  self.extraction_attempts=extraction_attempts\n  self.status_checks=__dataclass_dflt_status_checks__() if status_checks is __dataclass_HAS_DEFAULT_FACTORY__ else status_checks\n  self.called=__dataclass_dflt_called__() if called is __dataclass_HAS_DEFAULT_FACTORY__ else called\n  self.sourced=__dataclass_dflt_sourced__() if sourced is __dataclass_HAS_DEFAULT_FACTORY__ else sourced\n  self.function_calls=__dataclass_dflt_function_calls__() if function_calls is __dataclass_HAS_DEFAULT_FACTORY__ else function_calls\n return __init__',
    'def __create_fn__(__dataclass_type_script__, __dataclass_type_new_files__, __dataclass_type_diagnostics__, __dataclass_type_summary__, __dataclass_type_cwd__, __dataclass_type_info__, __dataclass_type_entry__, __dataclass_type_called__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_new_files__, __dataclass_dflt_diagnostics__, __dataclass_dflt_summary__, __dataclass_dflt_cwd__, __dataclass_dflt_info__, __dataclass_dflt_entry__, __dataclass_dflt_called__, __dataclass_return_type__):\n def __init__(self,script:__dataclass_type_script__,new_files:__dataclass_type_new_files__=__dataclass_HAS_DEFAULT_FACTORY__,diagnostics:__dataclass_type_diagnostics__=__dataclass_HAS_DEFAULT_FACTORY__,summary:__dataclass_type_summary__=__dataclass_HAS_DEFAULT_FACTORY__,cwd:__dataclass_type_cwd__=__dataclass_dflt_cwd__,info:__dataclass_type_info__=__dataclass_dflt_info__,entry:__dataclass_type_entry__=__dataclass_dflt_entry__,called:__dataclass_type_called__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:\n  self.script=script\n  self.new_files=__dataclass_dflt_new_files__() if new_files is __dataclass_HAS_DEFAULT_FACTORY__ else new_files\n  self.diagnostics=__dataclass_dflt_diagnostics__() if diagnostics is __dataclass_HAS_DEFAULT_FACTORY__ else diagnostics\n  self.summary=__dataclass_dflt_summary__() if summary is __dataclass_HAS_DEFAULT_FACTORY__ else summary\n  self.cwd=cwd\n  self.info=info\n  self.entry=entry\n  self.called=__dataclass_dflt_called__() if called is __dataclass_HAS_DEFAULT_FACTORY__ else called\n return __init__',
    'def __create_fn__(__dataclass_type_scripts__, __dataclass_type_dockerfiles__, __dataclass_type_makefiles__, __dataclass_type_others__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_scripts__, __dataclass_dflt_dockerfiles__, __dataclass_dflt_makefiles__, __dataclass_dflt_others__, __dataclass_return_type__):\n def __init__(self,scripts:__dataclass_type_scripts__=__dataclass_HAS_DEFAULT_FACTORY__,dockerfiles:__dataclass_type_dockerfiles__=__dataclass_HAS_DEFAULT_FACTORY__,makefiles:__dataclass_type_makefiles__=__dataclass_HAS_DEFAULT_FACTORY__,others:__dataclass_type_others__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:\n  self.scripts=__dataclass_dflt_scripts__() if scripts is __dataclass_HAS_DEFAULT_FACTORY__ else scripts\n  self.dockerfiles=__dataclass_dflt_dockerfiles__() if dockerfiles is __dataclass_HAS_DEFAULT_FACTORY__ else dockerfiles\n  self.makefiles=__dataclass_dflt_makefiles__() if makefiles is __dataclass_HAS_DEFAULT_FACTORY__ else makefiles\n  self.others=__dataclass_dflt_others__() if others is __dataclass_HAS_DEFAULT_FACTORY__ else others\n return __init__',
    "def __create_fn__(__dataclass_type_selected__, __dataclass_type_tally__, __dataclass_type_mode__, __dataclass_type_seconds__, __dataclass_type_jobs__, __dataclass_type_interrupted__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_interrupted__, __dataclass_return_type__):\n def __init__(self,selected:__dataclass_type_selected__,tally:__dataclass_type_tally__,mode:__dataclass_type_mode__,seconds:__dataclass_type_seconds__,jobs:__dataclass_type_jobs__,interrupted:__dataclass_type_interrupted__=__dataclass_dflt_interrupted__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'selected',selected)\n  __dataclass_builtins_object__.__setattr__(self,'tally',tally)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)\n  __dataclass_builtins_object__.__setattr__(self,'interrupted',interrupted)\n return __init__",
    'def __create_fn__(__dataclass_type_site__, __dataclass_type_call__, __dataclass_type_dockerfile__, __dataclass_type_context__, __dataclass_type_tags__, __dataclass_type_build_args__, __dataclass_type_target__, __dataclass_type_platform__, __dataclass_type_cwd__, __dataclass_type_problem__, __dataclass_type_argv__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_problem__, __dataclass_dflt_argv__, __dataclass_return_type__):\n def __init__(self,site:__dataclass_type_site__,call:__dataclass_type_call__,dockerfile:__dataclass_type_dockerfile__,context:__dataclass_type_context__,tags:__dataclass_type_tags__,build_args:__dataclass_type_build_args__,target:__dataclass_type_target__,platform:__dataclass_type_platform__,cwd:__dataclass_type_cwd__,problem:__dataclass_type_problem__=__dataclass_dflt_problem__,argv:__dataclass_type_argv__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:\n  self.site=site\n  self.call=call\n  self.dockerfile=dockerfile\n  self.context=context\n  self.tags=tags\n  self.build_args=build_args\n  self.target=target\n  self.platform=platform\n  self.cwd=cwd\n  self.problem=problem\n  self.argv=__dataclass_dflt_argv__() if argv is __dataclass_HAS_DEFAULT_FACTORY__ else argv\n return __init__',
    'def __create_fn__(__dataclass_type_site__, __dataclass_type_call__, __dataclass_type_images__, __dataclass_type_containers__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,site:__dataclass_type_site__,call:__dataclass_type_call__,images:__dataclass_type_images__,containers:__dataclass_type_containers__)->__dataclass_return_type__:\n  self.site=site\n  self.call=call\n  self.images=images\n  self.containers=containers\n return __init__',
    'def __create_fn__(__dataclass_type_site__, __dataclass_type_container__, __dataclass_type_src__, __dataclass_type_dest__, __dataclass_type_outcome__, __dataclass_type_via__, __dataclass_type_dest_state__, __dataclass_type_also__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_via__, __dataclass_dflt_dest_state__, __dataclass_dflt_also__, __dataclass_return_type__):\n def __init__(self,site:__dataclass_type_site__,container:__dataclass_type_container__,src:__dataclass_type_src__,dest:__dataclass_type_dest__,outcome:__dataclass_type_outcome__,via:__dataclass_type_via__=__dataclass_dflt_via__,dest_state:__dataclass_type_dest_state__=__dataclass_dflt_dest_state__,also:__dataclass_type_also__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:\n  self.site=site\n  self.container=container\n  self.src=src\n  self.dest=dest\n  self.outcome=outcome\n  self.via=via\n  self.dest_state=dest_state\n  self.also=__dataclass_dflt_also__() if also is __dataclass_HAS_DEFAULT_FACTORY__ else also\n return __init__',
    'def __create_fn__(__dataclass_type_site__, __dataclass_type_name__, __dataclass_type_args__, __dataclass_type_paths__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,site:__dataclass_type_site__,name:__dataclass_type_name__,args:__dataclass_type_args__,paths:__dataclass_type_paths__)->__dataclass_return_type__:\n  self.site=site\n  self.name=name\n  self.args=args\n  self.paths=paths\n return __init__',
    'def __create_fn__(__dataclass_type_site__, __dataclass_type_name__, __dataclass_type_image__, __dataclass_type_build__, __dataclass_type_ran__, __dataclass_type_ref__, __dataclass_type_command__, __dataclass_type_auto_remove__, __dataclass_type_call__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_ref__, __dataclass_dflt_command__, __dataclass_dflt_auto_remove__, __dataclass_dflt_call__, __dataclass_return_type__):\n def __init__(self,site:__dataclass_type_site__,name:__dataclass_type_name__,image:__dataclass_type_image__,build:__dataclass_type_build__,ran:__dataclass_type_ran__,ref:__dataclass_type_ref__=__dataclass_dflt_ref__,command:__dataclass_type_command__=__dataclass_HAS_DEFAULT_FACTORY__,auto_remove:__dataclass_type_auto_remove__=__dataclass_dflt_auto_remove__,call:__dataclass_type_call__=__dataclass_dflt_call__)->__dataclass_return_type__:\n  self.site=site\n  self.name=name\n  self.image=image\n  self.build=build\n  self.ran=ran\n  self.ref=ref\n  self.command=__dataclass_dflt_command__() if command is __dataclass_HAS_DEFAULT_FACTORY__ else command\n  self.auto_remove=auto_remove\n  self.call=call\n return __init__',
    'def __create_fn__(__dataclass_type_site__, __dataclass_type_names__, __dataclass_type_exported__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,site:__dataclass_type_site__,names:__dataclass_type_names__,exported:__dataclass_type_exported__)->__dataclass_return_type__:\n  self.site=site\n  self.names=names\n  self.exported=exported\n return __init__',
    "def __create_fn__(__dataclass_type_source__, __dataclass_type_text__, __dataclass_type_instructions__, __dataclass_type_directives__, __dataclass_type_directive_end__, __dataclass_type_escape__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,source:__dataclass_type_source__,text:__dataclass_type_text__,instructions:__dataclass_type_instructions__,directives:__dataclass_type_directives__,directive_end:__dataclass_type_directive_end__,escape:__dataclass_type_escape__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'instructions',instructions)\n  __dataclass_builtins_object__.__setattr__(self,'directives',directives)\n  __dataclass_builtins_object__.__setattr__(self,'directive_end',directive_end)\n  __dataclass_builtins_object__.__setattr__(self,'escape',escape)\n return __init__",
    "def __create_fn__(__dataclass_type_stage_name__, __dataclass_type_keep_legacy_files__, __dataclass_type_exclude__, __dataclass_type_advisories__, __dataclass_type_source__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_stage_name__, __dataclass_dflt_keep_legacy_files__, __dataclass_dflt_exclude__, __dataclass_dflt_advisories__, __dataclass_dflt_source__, __dataclass_return_type__):\n def __init__(self,stage_name:__dataclass_type_stage_name__=__dataclass_dflt_stage_name__,keep_legacy_files:__dataclass_type_keep_legacy_files__=__dataclass_dflt_keep_legacy_files__,exclude:__dataclass_type_exclude__=__dataclass_dflt_exclude__,advisories:__dataclass_type_advisories__=__dataclass_dflt_advisories__,source:__dataclass_type_source__=__dataclass_dflt_source__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'stage_name',stage_name)\n  __dataclass_builtins_object__.__setattr__(self,'keep_legacy_files',keep_legacy_files)\n  __dataclass_builtins_object__.__setattr__(self,'exclude',exclude)\n  __dataclass_builtins_object__.__setattr__(self,'advisories',advisories)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_assigns__, __dataclass_type_words__, __dataclass_type_redirects__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_redirects__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,assigns:__dataclass_type_assigns__,words:__dataclass_type_words__,redirects:__dataclass_type_redirects__=__dataclass_dflt_redirects__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'assigns',assigns)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n  __dataclass_builtins_object__.__setattr__(self,'redirects',redirects)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_body__, __dataclass_type_subshell__, __dataclass_type_recipe__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_recipe__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,body:__dataclass_type_body__,subshell:__dataclass_type_subshell__,recipe:__dataclass_type_recipe__=__dataclass_dflt_recipe__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'subshell',subshell)\n  __dataclass_builtins_object__.__setattr__(self,'recipe',recipe)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_branches__, __dataclass_type_orelse__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,branches:__dataclass_type_branches__,orelse:__dataclass_type_orelse__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'branches',branches)\n  __dataclass_builtins_object__.__setattr__(self,'orelse',orelse)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_items__, __dataclass_type_negated__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_negated__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,items:__dataclass_type_items__,negated:__dataclass_type_negated__=__dataclass_dflt_negated__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'negated',negated)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_items__, __dataclass_type_ops__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,items:__dataclass_type_items__,ops:__dataclass_type_ops__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'ops',ops)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_kind__, __dataclass_type_refusal__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_refusal__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,kind:__dataclass_type_kind__,refusal:__dataclass_type_refusal__=__dataclass_dflt_refusal__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'refusal',refusal)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_kind__, __dataclass_type_var__, __dataclass_type_items__, __dataclass_type_cond__, __dataclass_type_body__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,kind:__dataclass_type_kind__,var:__dataclass_type_var__,items:__dataclass_type_items__,cond:__dataclass_type_cond__,body:__dataclass_type_body__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'var',var)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'cond',cond)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_name__, __dataclass_type_body__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,name:__dataclass_type_name__,body:__dataclass_type_body__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_name__, __dataclass_type_value__, __dataclass_type_append__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_append__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,name:__dataclass_type_name__,value:__dataclass_type_value__,append:__dataclass_type_append__=__dataclass_dflt_append__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'append',append)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_op__, __dataclass_type_target__, __dataclass_type_heredoc_end__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_heredoc_end__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,op:__dataclass_type_op__,target:__dataclass_type_target__,heredoc_end:__dataclass_type_heredoc_end__=__dataclass_dflt_heredoc_end__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'heredoc_end',heredoc_end)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_text__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_text__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,text:__dataclass_type_text__=__dataclass_dflt_text__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_text__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,text:__dataclass_type_text__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_text__, __dataclass_type_call__, __dataclass_type_source__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_call__, __dataclass_dflt_source__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,text:__dataclass_type_text__,call:__dataclass_type_call__=__dataclass_dflt_call__,source:__dataclass_type_source__=__dataclass_dflt_source__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'call',call)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__",
    "def __create_fn__(__dataclass_type_start__, __dataclass_type_inner_start__, __dataclass_type_inner_end__, __dataclass_type_quoted__, __dataclass_type_backquote__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,start:__dataclass_type_start__,inner_start:__dataclass_type_inner_start__,inner_end:__dataclass_type_inner_end__,quoted:__dataclass_type_quoted__,backquote:__dataclass_type_backquote__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'inner_start',inner_start)\n  __dataclass_builtins_object__.__setattr__(self,'inner_end',inner_end)\n  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)\n  __dataclass_builtins_object__.__setattr__(self,'backquote',backquote)\n return __init__",
    "def __create_fn__(__dataclass_type_stmts__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_stmts__, __dataclass_return_type__):\n def __init__(self,stmts:__dataclass_type_stmts__=__dataclass_dflt_stmts__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'stmts',stmts)\n return __init__",
    'def __create_fn__(__dataclass_type_targets__, __dataclass_type_prereqs__, __dataclass_type_recipe__, __dataclass_type_line__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_recipe__, __dataclass_dflt_line__, __dataclass_return_type__):\n def __init__(self,targets:__dataclass_type_targets__,prereqs:__dataclass_type_prereqs__,recipe:__dataclass_type_recipe__=__dataclass_HAS_DEFAULT_FACTORY__,line:__dataclass_type_line__=__dataclass_dflt_line__)->__dataclass_return_type__:\n  self.targets=targets\n  self.prereqs=prereqs\n  self.recipe=__dataclass_dflt_recipe__() if recipe is __dataclass_HAS_DEFAULT_FACTORY__ else recipe\n  self.line=line\n return __init__',
    "def __create_fn__(__dataclass_type_text__, __dataclass_type_body__, __dataclass_type_heredocs__, __dataclass_type_cmdsubs__, __dataclass_type_parser__, __dataclass_type_make__, __dataclass_type_make_vars__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_heredocs__, __dataclass_dflt_cmdsubs__, __dataclass_dflt_parser__, __dataclass_dflt_make__, __dataclass_dflt_make_vars__, __dataclass_return_type__):\n def __init__(self,text:__dataclass_type_text__,body:__dataclass_type_body__,heredocs:__dataclass_type_heredocs__=__dataclass_HAS_DEFAULT_FACTORY__,cmdsubs:__dataclass_type_cmdsubs__=__dataclass_HAS_DEFAULT_FACTORY__,parser:__dataclass_type_parser__=__dataclass_dflt_parser__,make:__dataclass_type_make__=__dataclass_dflt_make__,make_vars:__dataclass_type_make_vars__=__dataclass_dflt_make_vars__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'heredocs',__dataclass_dflt_heredocs__() if heredocs is __dataclass_HAS_DEFAULT_FACTORY__ else heredocs)\n  __dataclass_builtins_object__.__setattr__(self,'cmdsubs',__dataclass_dflt_cmdsubs__() if cmdsubs is __dataclass_HAS_DEFAULT_FACTORY__ else cmdsubs)\n  __dataclass_builtins_object__.__setattr__(self,'parser',parser)\n  __dataclass_builtins_object__.__setattr__(self,'make',make)\n  __dataclass_builtins_object__.__setattr__(self,'make_vars',make_vars)\n return __init__",
    "def __create_fn__(__dataclass_type_text__, __dataclass_type_quoted__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,text:__dataclass_type_text__,quoted:__dataclass_type_quoted__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)\n return __init__",
    "def __create_fn__(__dataclass_type_text__, __dataclass_type_quoted__, __dataclass_type_name__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_name__, __dataclass_return_type__):\n def __init__(self,text:__dataclass_type_text__,quoted:__dataclass_type_quoted__,name:__dataclass_type_name__=__dataclass_dflt_name__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n return __init__",
    "def __create_fn__(__dataclass_type_text__, __dataclass_type_start__, __dataclass_type_end__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):\n def __init__(self,text:__dataclass_type_text__,start:__dataclass_type_start__,end:__dataclass_type_end__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n return __init__",
    'def __create_fn__(__dataclass_type_text__, __dataclass_type_variables__, __dataclass_type_rules__, __dataclass_type_default__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_variables__, __dataclass_dflt_rules__, __dataclass_dflt_default__, __dataclass_return_type__):\n def __init__(self,text:__dataclass_type_text__,variables:__dataclass_type_variables__=__dataclass_HAS_DEFAULT_FACTORY__,rules:__dataclass_type_rules__=__dataclass_HAS_DEFAULT_FACTORY__,default:__dataclass_type_default__=__dataclass_dflt_default__)->__dataclass_return_type__:\n  self.text=text\n  self.variables=__dataclass_dflt_variables__() if variables is __dataclass_HAS_DEFAULT_FACTORY__ else variables\n  self.rules=__dataclass_dflt_rules__() if rules is __dataclass_HAS_DEFAULT_FACTORY__ else rules\n  self.default=default\n return __init__',
    "def __create_fn__(__dataclass_type_type__, __dataclass_type_mode__, __dataclass_type_uid__, __dataclass_type_gid__, __dataclass_type_link__, __dataclass_type_device__, __dataclass_type_sha256__, __dataclass_type_size__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_link__, __dataclass_dflt_device__, __dataclass_dflt_sha256__, __dataclass_dflt_size__, __dataclass_return_type__):\n def __init__(self,type:__dataclass_type_type__,mode:__dataclass_type_mode__,uid:__dataclass_type_uid__,gid:__dataclass_type_gid__,link:__dataclass_type_link__=__dataclass_dflt_link__,device:__dataclass_type_device__=__dataclass_dflt_device__,sha256:__dataclass_type_sha256__=__dataclass_dflt_sha256__,size:__dataclass_type_size__=__dataclass_dflt_size__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'uid',uid)\n  __dataclass_builtins_object__.__setattr__(self,'gid',gid)\n  __dataclass_builtins_object__.__setattr__(self,'link',link)\n  __dataclass_builtins_object__.__setattr__(self,'device',device)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n return __init__",
    "def __create_fn__(__dataclass_type_value__, __dataclass_type_word__, __dataclass_type_exact__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_exact__, __dataclass_return_type__):\n def __init__(self,value:__dataclass_type_value__,word:__dataclass_type_word__,exact:__dataclass_type_exact__=__dataclass_dflt_exact__)->__dataclass_return_type__:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'word',word)\n  __dataclass_builtins_object__.__setattr__(self,'exact',exact)\n return __init__",
    'def __create_fn__(__dataclass_type_verb__, __dataclass_type_opts__, __dataclass_type_flags__, __dataclass_type_positionals__, __dataclass_type_problem__, __dataclass_type_subcommand_end__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_opts__, __dataclass_dflt_flags__, __dataclass_dflt_positionals__, __dataclass_dflt_problem__, __dataclass_dflt_subcommand_end__, __dataclass_return_type__):\n def __init__(self,verb:__dataclass_type_verb__,opts:__dataclass_type_opts__=__dataclass_HAS_DEFAULT_FACTORY__,flags:__dataclass_type_flags__=__dataclass_HAS_DEFAULT_FACTORY__,positionals:__dataclass_type_positionals__=__dataclass_HAS_DEFAULT_FACTORY__,problem:__dataclass_type_problem__=__dataclass_dflt_problem__,subcommand_end:__dataclass_type_subcommand_end__=__dataclass_dflt_subcommand_end__)->__dataclass_return_type__:\n  self.verb=verb\n  self.opts=__dataclass_dflt_opts__() if opts is __dataclass_HAS_DEFAULT_FACTORY__ else opts\n  self.flags=__dataclass_dflt_flags__() if flags is __dataclass_HAS_DEFAULT_FACTORY__ else flags\n  self.positionals=__dataclass_dflt_positionals__() if positionals is __dataclass_HAS_DEFAULT_FACTORY__ else positionals\n  self.problem=problem\n  self.subcommand_end=subcommand_end\n return __init__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'at\', \'prefix\', \'sep\', \'suffix\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'bin_dir\', \'log\', \'label\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'builder\', \'archive\', \'index\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'code\', \'message\', \'offset\', \'hint\', \'extraction\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'code\', \'message\', \'path\', \'line\', \'col\', \'hint\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'code\', \'severity\', \'title\', \'hint\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'col\', \'word\', \'path\', \'artifact\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'command\', \'unit\', \'scope\', \'order\', \'source\', \'script\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'dockerfile\', \'stage\', \'context\', \'merged\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'event\', \'phase\', \'data\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'globals\', \'sub\', \'rest\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'host\', \'container\', \'merged\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'host\', \'container\', \'stage\', \'dockerfile\', \'context\', \'merged\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'index\', \'count\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'index\', \'item\', \'reason\', \'seconds\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'index\', \'name\', \'base\', \'from_\', \'body\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'index\', \'value\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'key\', \'default\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'keyword\', \'start\', \'end\', \'line\', \'tokens\', \'heredoc\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'keywords\', \'buildargs\', \'has_buildargs\', \'flags\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'kind\', \'argv\', \'env\', \'store\', \'runroot\', \'buildah\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'location\', \'container_path\', \'host_path\', \'stage\', \'consumer\', \'copy_from\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'mode\', \'patch_dir\', \'allow_dirty\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'name\', \'op\', \'arg\', \'quoted\', \'start\', \'end\', \'arg_start\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'outcome\', \'blockers\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'path\', \'field\', \'legacy\', \'migrated\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'path\', \'old\', \'new\', \'mode\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'path\', \'raw\', \'mode\', \'_line_starts\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'pattern\', \'regex\', \'negate\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'pieces\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'reason\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'repo\', \'outcome\', \'changes\', \'diagnostics\', \'summary\', \'entrypoint\', \'entry_cwd\', \'flows\', \'advisories\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'repo\', \'status\', \'engine\', \'migration\', \'differences\', \'legacy_image\', \'migrated_image\', \'timings\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'role\', \'location\', \'dockerfile\', \'context\', \'tags\', \'build_args\', \'target\', \'stage\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'roots\', \'from_file\', \'mode\', \'jobs\', \'timeout\', \'results\', \'retry_failed\', \'shard\', \'patch_dir\', \'fmt\', \'quiet\', \'verbose\', \'allow_dirty\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'script\', \'cwd\', \'builds\', \'artifacts\', \'removed\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'selected\', \'tally\', \'mode\', \'seconds\', \'jobs\', \'interrupted\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'source\', \'text\', \'instructions\', \'directives\', \'directive_end\', \'escape\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'stage_name\', \'keep_legacy_files\', \'exclude\', \'advisories\', \'source\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'start\', \'end\', \'assigns\', \'words\', \'redirects\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'start\', \'end\', \'body\', \'subshell\', \'recipe\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'start\', \'end\', \'branches\', \'orelse\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'start\', \'end\', \'items\', \'negated\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'start\', \'end\', \'items\', \'ops\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'start\', \'end\', \'kind\', \'refusal\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'start\', \'end\', \'kind\', \'var\', \'items\', \'cond\', \'body\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'start\', \'end\', \'name\', \'body\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'start\', \'end\', \'name\', \'value\', \'append\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'start\', \'end\', \'op\', \'target\', \'heredoc_end\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'start\', \'end\', \'text\', \'call\', \'source\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'start\', \'end\', \'text\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'start\', \'inner_start\', \'inner_end\', \'quoted\', \'backquote\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'stmts\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'text\', \'body\', \'heredocs\', \'cmdsubs\', \'parser\', \'make\', \'make_vars\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'text\', \'quoted\', \'name\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'text\', \'quoted\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'text\', \'start\', \'end\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'type\', \'mode\', \'uid\', \'gid\', \'link\', \'device\', \'sha256\', \'size\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in {\'value\', \'word\', \'exact\'}:\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'at\', \'prefix\', \'sep\', \'suffix\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'bin_dir\', \'log\', \'label\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'builder\', \'archive\', \'index\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'code\', \'message\', \'offset\', \'hint\', \'extraction\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'code\', \'message\', \'path\', \'line\', \'col\', \'hint\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'code\', \'severity\', \'title\', \'hint\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'col\', \'word\', \'path\', \'artifact\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'command\', \'unit\', \'scope\', \'order\', \'source\', \'script\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'dockerfile\', \'stage\', \'context\', \'merged\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'event\', \'phase\', \'data\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'globals\', \'sub\', \'rest\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'host\', \'container\', \'merged\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'host\', \'container\', \'stage\', \'dockerfile\', \'context\', \'merged\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'index\', \'count\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'index\', \'item\', \'reason\', \'seconds\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'index\', \'name\', \'base\', \'from_\', \'body\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'index\', \'value\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'key\', \'default\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'keyword\', \'start\', \'end\', \'line\', \'tokens\', \'heredoc\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'keywords\', \'buildargs\', \'has_buildargs\', \'flags\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'kind\', \'argv\', \'env\', \'store\', \'runroot\', \'buildah\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'location\', \'container_path\', \'host_path\', \'stage\', \'consumer\', \'copy_from\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'mode\', \'patch_dir\', \'allow_dirty\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'name\', \'op\', \'arg\', \'quoted\', \'start\', \'end\', \'arg_start\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'outcome\', \'blockers\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'path\', \'field\', \'legacy\', \'migrated\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'path\', \'old\', \'new\', \'mode\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'path\', \'raw\', \'mode\', \'_line_starts\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'pattern\', \'regex\', \'negate\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'pieces\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'reason\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'repo\', \'outcome\', \'changes\', \'diagnostics\', \'summary\', \'entrypoint\', \'entry_cwd\', \'flows\', \'advisories\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'repo\', \'status\', \'engine\', \'migration\', \'differences\', \'legacy_image\', \'migrated_image\', \'timings\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'role\', \'location\', \'dockerfile\', \'context\', \'tags\', \'build_args\', \'target\', \'stage\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'roots\', \'from_file\', \'mode\', \'jobs\', \'timeout\', \'results\', \'retry_failed\', \'shard\', \'patch_dir\', \'fmt\', \'quiet\', \'verbose\', \'allow_dirty\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'script\', \'cwd\', \'builds\', \'artifacts\', \'removed\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'selected\', \'tally\', \'mode\', \'seconds\', \'jobs\', \'interrupted\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'source\', \'text\', \'instructions\', \'directives\', \'directive_end\', \'escape\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'stage_name\', \'keep_legacy_files\', \'exclude\', \'advisories\', \'source\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'start\', \'end\', \'assigns\', \'words\', \'redirects\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'start\', \'end\', \'body\', \'subshell\', \'recipe\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'start\', \'end\', \'branches\', \'orelse\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'start\', \'end\', \'items\', \'negated\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'start\', \'end\', \'items\', \'ops\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'start\', \'end\', \'kind\', \'refusal\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'start\', \'end\', \'kind\', \'var\', \'items\', \'cond\', \'body\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'start\', \'end\', \'name\', \'body\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'start\', \'end\', \'name\', \'value\', \'append\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'start\', \'end\', \'op\', \'target\', \'heredoc_end\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'start\', \'end\', \'text\', \'call\', \'source\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'start\', \'end\', \'text\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'start\', \'inner_start\', \'inner_end\', \'quoted\', \'backquote\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'stmts\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'text\', \'body\', \'heredocs\', \'cmdsubs\', \'parser\', \'make\', \'make_vars\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'text\', \'quoted\', \'name\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'text\', \'quoted\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'text\', \'start\', \'end\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'type\', \'mode\', \'uid\', \'gid\', \'link\', \'device\', \'sha256\', \'size\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in {\'value\', \'word\', \'exact\'}:\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
)

CODES = []


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.artifact,self.src,self.dest,self.unpack,)==(other.artifact,other.src,other.dest,other.unpack,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.at,self.prefix,self.sep,self.suffix,)==(other.at,other.prefix,other.sep,other.suffix,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.bin_dir,self.log,self.label,)==(other.bin_dir,other.log,other.label,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.build,self.dockerfile,self.consumed,self.builders,self.files,self.copies,self.new_text,self.links,self.widening,)==(other.build,other.dockerfile,other.consumed,other.builders,other.files,other.copies,other.new_text,other.links,other.widening,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.builder,self.archive,self.index,)==(other.builder,other.archive,other.index,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.builder,self.start,self.end,)==(other.builder,other.start,other.end,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.change,self.target,self.mode,self.owner,self.link,self.tmp,)==(other.change,other.target,other.mode,other.owner,other.link,other.tmp,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.message,self.offset,self.hint,self.extraction,)==(other.code,other.message,other.offset,other.hint,other.extraction,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.message,self.path,self.line,self.col,self.hint,)==(other.code,other.message,other.path,other.line,other.col,other.hint,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.severity,self.title,self.hint,)==(other.code,other.severity,other.title,other.hint,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.col,self.word,self.path,self.artifact,)==(other.col,other.word,other.path,other.artifact,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.command,self.unit,self.scope,self.order,)==(other.command,other.unit,other.scope,other.order,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.container,self.lines,)==(other.container,other.lines,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.context,self.runtime_edits,self.ignore,self.command,)==(other.context,other.runtime_edits,other.ignore,other.command,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.counts,self.blockers,self.titles,self.recorded,)==(other.counts,other.blockers,other.titles,other.recorded,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.diagnostics,self.updated,self.summary,)==(other.diagnostics,other.updated,other.summary,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.dockerfile,self.stage,self.context,self.merged,)==(other.dockerfile,other.stage,other.context,other.merged,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.dockerfile,self.target,self.stage_name,self.renames,self.post_run,self.rebase,self.context,)==(other.dockerfile,other.target,other.stage_name,other.renames,other.post_run,other.rebase,other.context,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.edits,self.consumed,self.diagnostics,self.rewritten,self.consumers,self.unpacks,)==(other.edits,other.consumed,other.diagnostics,other.rewritten,other.consumers,other.unpacks,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.edits,self.diagnostics,)==(other.edits,other.diagnostics,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.event,self.phase,self.data,)==(other.event,other.phase,other.data,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.extraction,self.build,)==(other.extraction,other.build,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.globals,self.sub,self.rest,)==(other.globals,other.sub,other.rest,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.graph,self.artifacts,self.builders,self.removed,self.runtime,self.diagnostics,)==(other.graph,other.artifacts,other.builders,other.removed,other.runtime,other.diagnostics,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.host,self.container,self.merged,)==(other.host,other.container,other.merged,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.host,self.container,self.stage,self.dockerfile,self.context,self.merged,)==(other.host,other.container,other.stage,other.dockerfile,other.context,other.merged,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.index,self.count,)==(other.index,other.count,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.index,self.item,self.reason,self.seconds,)==(other.index,other.item,other.reason,other.seconds,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.index,self.name,self.base,self.from_,self.body,)==(other.index,other.name,other.base,other.from_,other.body,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.index,self.value,)==(other.index,other.value,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.default,)==(other.key,other.default,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.keyword,self.start,self.end,self.line,self.tokens,self.heredoc,)==(other.keyword,other.start,other.end,other.line,other.tokens,other.heredoc,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.keywords,self.buildargs,self.has_buildargs,self.flags,)==(other.keywords,other.buildargs,other.has_buildargs,other.flags,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.argv,self.env,self.store,self.runroot,self.buildah,)==(other.kind,other.argv,other.env,other.store,other.runroot,other.buildah,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.location,self.container_path,self.host_path,self.stage,self.consumer,self.copy_from,)==(other.location,other.container_path,other.host_path,other.stage,other.consumer,other.copy_from,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.mode,self.patch_dir,self.allow_dirty,)==(other.mode,other.patch_dir,other.allow_dirty,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.chown_root,)==(other.name,other.chown_root,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.op,self.arg,self.quoted,self.start,self.end,self.arg_start,)==(other.name,other.op,other.arg,other.quoted,other.start,other.end,other.arg_start,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.op,self.value,self.start,)==(other.name,other.op,other.value,other.start,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.options,self.positional,self.dockerfile,self.tags,self.build_args,self.iidfile,self.has_format,)==(other.options,other.positional,other.dockerfile,other.tags,other.build_args,other.iidfile,other.has_format,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.outcome,self.blockers,)==(other.outcome,other.blockers,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.field,self.legacy,self.migrated,)==(other.path,other.field,other.legacy,other.migrated,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.old,self.new,self.mode,)==(other.path,other.old,other.new,other.mode,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.raw,self.mode,)==(other.path,other.raw,other.mode,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pattern,self.regex,self.negate,)==(other.pattern,other.regex,other.negate,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pieces,)==(other.pieces,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.proc,self.conn,self.queue,self.since,)==(other.proc,other.conn,other.queue,other.since,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.reason,)==(other.reason,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.repo,self.outcome,self.changes,self.diagnostics,self.summary,self.entrypoint,self.entry_cwd,self.flows,self.advisories,)==(other.repo,other.outcome,other.changes,other.diagnostics,other.summary,other.entrypoint,other.entry_cwd,other.flows,other.advisories,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.repo,self.status,self.engine,self.migration,self.differences,self.legacy_image,self.migrated_image,self.timings,)==(other.repo,other.status,other.engine,other.migration,other.differences,other.legacy_image,other.migrated_image,other.timings,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.role,self.location,self.dockerfile,self.context,self.tags,self.build_args,self.target,self.stage,)==(other.role,other.location,other.dockerfile,other.context,other.tags,other.build_args,other.target,other.stage,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.roots,self.from_file,self.mode,self.jobs,self.timeout,self.results,self.retry_failed,self.shard,self.patch_dir,self.fmt,self.quiet,self.verbose,self.allow_dirty,)==(other.roots,other.from_file,other.mode,other.jobs,other.timeout,other.results,other.retry_failed,other.shard,other.patch_dir,other.fmt,other.quiet,other.verbose,other.allow_dirty,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.script,self.cwd,self.builds,self.artifacts,self.removed,)==(other.script,other.cwd,other.builds,other.artifacts,other.removed,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.script,self.cwd,self.builds,self.containers,self.extractions,self.host_steps,self.docker_uses,self.assignments,self.diagnostics,self.sites,self.extraction_attempts,self.status_checks,self.called,self.sourced,self.function_calls,)==(other.script,other.cwd,other.builds,other.containers,other.extractions,other.host_steps,other.docker_uses,other.assignments,other.diagnostics,other.sites,other.extraction_attempts,other.status_checks,other.called,other.sourced,other.function_calls,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.script,self.new_files,self.diagnostics,self.summary,self.cwd,self.info,self.entry,self.called,)==(other.script,other.new_files,other.diagnostics,other.summary,other.cwd,other.info,other.entry,other.called,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.scripts,self.dockerfiles,self.makefiles,self.others,)==(other.scripts,other.dockerfiles,other.makefiles,other.others,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.selected,self.tally,self.mode,self.seconds,self.jobs,self.interrupted,)==(other.selected,other.tally,other.mode,other.seconds,other.jobs,other.interrupted,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.site,self.call,self.dockerfile,self.context,self.tags,self.build_args,self.target,self.platform,self.cwd,self.problem,self.argv,)==(other.site,other.call,other.dockerfile,other.context,other.tags,other.build_args,other.target,other.platform,other.cwd,other.problem,other.argv,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.site,self.call,self.images,self.containers,)==(other.site,other.call,other.images,other.containers,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.site,self.container,self.src,self.dest,self.outcome,self.via,self.dest_state,self.also,)==(other.site,other.container,other.src,other.dest,other.outcome,other.via,other.dest_state,other.also,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.site,self.name,self.args,self.paths,)==(other.site,other.name,other.args,other.paths,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.site,self.name,self.image,self.build,self.ran,self.ref,self.command,self.auto_remove,self.call,)==(other.site,other.name,other.image,other.build,other.ran,other.ref,other.command,other.auto_remove,other.call,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.site,self.names,self.exported,)==(other.site,other.names,other.exported,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.text,self.instructions,self.directives,self.directive_end,self.escape,)==(other.source,other.text,other.instructions,other.directives,other.directive_end,other.escape,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.stage_name,self.keep_legacy_files,self.exclude,self.advisories,self.source,)==(other.stage_name,other.keep_legacy_files,other.exclude,other.advisories,other.source,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.assigns,self.words,self.redirects,)==(other.start,other.end,other.assigns,other.words,other.redirects,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.body,self.subshell,self.recipe,)==(other.start,other.end,other.body,other.subshell,other.recipe,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.branches,self.orelse,)==(other.start,other.end,other.branches,other.orelse,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.items,self.negated,)==(other.start,other.end,other.items,other.negated,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.items,self.ops,)==(other.start,other.end,other.items,other.ops,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.kind,self.refusal,)==(other.start,other.end,other.kind,other.refusal,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.kind,self.var,self.items,self.cond,self.body,)==(other.start,other.end,other.kind,other.var,other.items,other.cond,other.body,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.name,self.body,)==(other.start,other.end,other.name,other.body,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.name,self.value,self.append,)==(other.start,other.end,other.name,other.value,other.append,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.op,self.target,self.heredoc_end,)==(other.start,other.end,other.op,other.target,other.heredoc_end,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.text,)==(other.start,other.end,other.text,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.text,self.call,self.source,)==(other.start,other.end,other.text,other.call,other.source,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.inner_start,self.inner_end,self.quoted,self.backquote,)==(other.start,other.inner_start,other.inner_end,other.quoted,other.backquote,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.stmts,)==(other.stmts,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.targets,self.prereqs,self.recipe,self.line,)==(other.targets,other.prereqs,other.recipe,other.line,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.body,self.heredocs,self.cmdsubs,self.parser,self.make,self.make_vars,)==(other.text,other.body,other.heredocs,other.cmdsubs,other.parser,other.make,other.make_vars,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.quoted,)==(other.text,other.quoted,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.quoted,self.name,)==(other.text,other.quoted,other.name,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.start,self.end,)==(other.text,other.start,other.end,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.variables,self.rules,self.default,)==(other.text,other.variables,other.rules,other.default,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.type,self.mode,self.uid,self.gid,self.link,self.device,self.sha256,self.size,)==(other.type,other.mode,other.uid,other.gid,other.link,other.device,other.sha256,other.size,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.word,self.exact,)==(other.value,other.word,other.exact,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.verb,self.opts,self.flags,self.positionals,self.problem,self.subcommand_end,)==(other.verb,other.opts,other.flags,other.positionals,other.problem,other.subcommand_end,)
  return NotImplemented
 return __eq__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __ge__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.text,)>=(other.start,other.end,other.text,)
  return NotImplemented
 return __ge__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __gt__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.text,)>(other.start,other.end,other.text,)
  return NotImplemented
 return __gt__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.at,self.prefix,self.sep,self.suffix,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.bin_dir,self.log,self.label,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.builder,self.archive,self.index,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.code,self.message,self.offset,self.hint,self.extraction,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.code,self.message,self.path,self.line,self.col,self.hint,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.code,self.severity,self.title,self.hint,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.col,self.word,self.path,self.artifact,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.command,self.unit,self.scope,self.order,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.dockerfile,self.stage,self.context,self.merged,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.event,self.phase,self.data,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.globals,self.sub,self.rest,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.host,self.container,self.merged,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.host,self.container,self.stage,self.dockerfile,self.context,self.merged,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.index,self.count,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.index,self.item,self.reason,self.seconds,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.index,self.name,self.base,self.from_,self.body,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.index,self.value,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.key,self.default,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.keyword,self.start,self.end,self.line,self.tokens,self.heredoc,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.keywords,self.buildargs,self.has_buildargs,self.flags,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.argv,self.env,self.store,self.runroot,self.buildah,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.location,self.container_path,self.host_path,self.stage,self.consumer,self.copy_from,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.mode,self.patch_dir,self.allow_dirty,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.op,self.arg,self.quoted,self.start,self.end,self.arg_start,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.outcome,self.blockers,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.field,self.legacy,self.migrated,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.old,self.new,self.mode,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.raw,self.mode,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.pattern,self.regex,self.negate,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.pieces,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.reason,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.repo,self.outcome,self.changes,self.diagnostics,self.summary,self.entrypoint,self.entry_cwd,self.flows,self.advisories,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.repo,self.status,self.engine,self.migration,self.differences,self.legacy_image,self.migrated_image,self.timings,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.role,self.location,self.dockerfile,self.context,self.tags,self.build_args,self.target,self.stage,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.roots,self.from_file,self.mode,self.jobs,self.timeout,self.results,self.retry_failed,self.shard,self.patch_dir,self.fmt,self.quiet,self.verbose,self.allow_dirty,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.script,self.cwd,self.builds,self.artifacts,self.removed,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.selected,self.tally,self.mode,self.seconds,self.jobs,self.interrupted,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.source,self.text,self.instructions,self.directives,self.directive_end,self.escape,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.stage_name,self.keep_legacy_files,self.exclude,self.advisories,self.source,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.assigns,self.words,self.redirects,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.body,self.subshell,self.recipe,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.branches,self.orelse,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.items,self.negated,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.items,self.ops,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.kind,self.refusal,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.kind,self.var,self.items,self.cond,self.body,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.name,self.body,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.name,self.value,self.append,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.op,self.target,self.heredoc_end,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.text,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.end,self.text,self.call,self.source,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.inner_start,self.inner_end,self.quoted,self.backquote,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.stmts,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.body,self.heredocs,self.cmdsubs,self.parser,self.make,self.make_vars,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.quoted,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.quoted,self.name,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.start,self.end,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.type,self.mode,self.uid,self.gid,self.link,self.device,self.sha256,self.size,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __hash__(self):
  return hash((self.value,self.word,self.exact,))
 return __hash__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __le__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.text,)<=(other.start,other.end,other.text,)
  return NotImplemented
 return __le__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __lt__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.text,)<(other.start,other.end,other.text,)
  return NotImplemented
 return __lt__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(artifact={self.artifact!r}, src={self.src!r}, dest={self.dest!r}, unpack={self.unpack!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(at={self.at!r}, prefix={self.prefix!r}, sep={self.sep!r}, suffix={self.suffix!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(bin_dir={self.bin_dir!r}, log={self.log!r}, label={self.label!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(build={self.build!r}, dockerfile={self.dockerfile!r}, consumed={self.consumed!r}, builders={self.builders!r}, files={self.files!r}, copies={self.copies!r}, new_text={self.new_text!r}, links={self.links!r}, widening={self.widening!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(builder={self.builder!r}, archive={self.archive!r}, index={self.index!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(builder={self.builder!r}, start={self.start!r}, end={self.end!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(change={self.change!r}, target={self.target!r}, mode={self.mode!r}, owner={self.owner!r}, link={self.link!r}, tmp={self.tmp!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, message={self.message!r}, offset={self.offset!r}, hint={self.hint!r}, extraction={self.extraction!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, message={self.message!r}, path={self.path!r}, line={self.line!r}, col={self.col!r}, hint={self.hint!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, severity={self.severity!r}, title={self.title!r}, hint={self.hint!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(col={self.col!r}, word={self.word!r}, path={self.path!r}, artifact={self.artifact!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(command={self.command!r}, unit={self.unit!r}, scope={self.scope!r}, order={self.order!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(container={self.container!r}, lines={self.lines!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(context={self.context!r}, runtime_edits={self.runtime_edits!r}, ignore={self.ignore!r}, command={self.command!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(counts={self.counts!r}, blockers={self.blockers!r}, titles={self.titles!r}, recorded={self.recorded!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(diagnostics={self.diagnostics!r}, updated={self.updated!r}, summary={self.summary!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(dockerfile={self.dockerfile!r}, stage={self.stage!r}, context={self.context!r}, merged={self.merged!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(dockerfile={self.dockerfile!r}, target={self.target!r}, stage_name={self.stage_name!r}, renames={self.renames!r}, post_run={self.post_run!r}, rebase={self.rebase!r}, context={self.context!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(edits={self.edits!r}, consumed={self.consumed!r}, diagnostics={self.diagnostics!r}, rewritten={self.rewritten!r}, consumers={self.consumers!r}, unpacks={self.unpacks!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(edits={self.edits!r}, diagnostics={self.diagnostics!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(event={self.event!r}, phase={self.phase!r}, data={self.data!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(extraction={self.extraction!r}, build={self.build!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(globals={self.globals!r}, sub={self.sub!r}, rest={self.rest!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(graph={self.graph!r}, artifacts={self.artifacts!r}, builders={self.builders!r}, removed={self.removed!r}, runtime={self.runtime!r}, diagnostics={self.diagnostics!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(host={self.host!r}, container={self.container!r}, merged={self.merged!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(host={self.host!r}, container={self.container!r}, stage={self.stage!r}, dockerfile={self.dockerfile!r}, context={self.context!r}, merged={self.merged!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(index={self.index!r}, count={self.count!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(index={self.index!r}, item={self.item!r}, reason={self.reason!r}, seconds={self.seconds!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(index={self.index!r}, name={self.name!r}, base={self.base!r}, from_={self.from_!r}, body={self.body!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(index={self.index!r}, value={self.value!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, default={self.default!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(keyword={self.keyword!r}, start={self.start!r}, end={self.end!r}, line={self.line!r}, tokens={self.tokens!r}, heredoc={self.heredoc!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(keywords={self.keywords!r}, buildargs={self.buildargs!r}, has_buildargs={self.has_buildargs!r}, flags={self.flags!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, argv={self.argv!r}, env={self.env!r}, store={self.store!r}, runroot={self.runroot!r}, buildah={self.buildah!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(location={self.location!r}, container_path={self.container_path!r}, host_path={self.host_path!r}, stage={self.stage!r}, consumer={self.consumer!r}, copy_from={self.copy_from!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(mode={self.mode!r}, patch_dir={self.patch_dir!r}, allow_dirty={self.allow_dirty!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, chown_root={self.chown_root!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, op={self.op!r}, arg={self.arg!r}, quoted={self.quoted!r}, start={self.start!r}, end={self.end!r}, arg_start={self.arg_start!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, op={self.op!r}, value={self.value!r}, start={self.start!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(options={self.options!r}, positional={self.positional!r}, dockerfile={self.dockerfile!r}, tags={self.tags!r}, build_args={self.build_args!r}, iidfile={self.iidfile!r}, has_format={self.has_format!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(outcome={self.outcome!r}, blockers={self.blockers!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, field={self.field!r}, legacy={self.legacy!r}, migrated={self.migrated!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, old={self.old!r}, new={self.new!r}, mode={self.mode!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, raw={self.raw!r}, mode={self.mode!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pattern={self.pattern!r}, regex={self.regex!r}, negate={self.negate!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pieces={self.pieces!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(proc={self.proc!r}, conn={self.conn!r}, queue={self.queue!r}, since={self.since!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(reason={self.reason!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(repo={self.repo!r}, outcome={self.outcome!r}, changes={self.changes!r}, diagnostics={self.diagnostics!r}, summary={self.summary!r}, entrypoint={self.entrypoint!r}, entry_cwd={self.entry_cwd!r}, flows={self.flows!r}, advisories={self.advisories!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(repo={self.repo!r}, status={self.status!r}, engine={self.engine!r}, migration={self.migration!r}, differences={self.differences!r}, legacy_image={self.legacy_image!r}, migrated_image={self.migrated_image!r}, timings={self.timings!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(role={self.role!r}, location={self.location!r}, dockerfile={self.dockerfile!r}, context={self.context!r}, tags={self.tags!r}, build_args={self.build_args!r}, target={self.target!r}, stage={self.stage!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(roots={self.roots!r}, from_file={self.from_file!r}, mode={self.mode!r}, jobs={self.jobs!r}, timeout={self.timeout!r}, results={self.results!r}, retry_failed={self.retry_failed!r}, shard={self.shard!r}, patch_dir={self.patch_dir!r}, fmt={self.fmt!r}, quiet={self.quiet!r}, verbose={self.verbose!r}, allow_dirty={self.allow_dirty!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(script={self.script!r}, cwd={self.cwd!r}, builds={self.builds!r}, artifacts={self.artifacts!r}, removed={self.removed!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(script={self.script!r}, cwd={self.cwd!r}, builds={self.builds!r}, containers={self.containers!r}, extractions={self.extractions!r}, host_steps={self.host_steps!r}, docker_uses={self.docker_uses!r}, assignments={self.assignments!r}, diagnostics={self.diagnostics!r}, sites={self.sites!r}, extraction_attempts={self.extraction_attempts!r}, status_checks={self.status_checks!r}, called={self.called!r}, sourced={self.sourced!r}, function_calls={self.function_calls!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(script={self.script!r}, new_files={self.new_files!r}, diagnostics={self.diagnostics!r}, summary={self.summary!r}, cwd={self.cwd!r}, info={self.info!r}, entry={self.entry!r}, called={self.called!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(scripts={self.scripts!r}, dockerfiles={self.dockerfiles!r}, makefiles={self.makefiles!r}, others={self.others!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(selected={self.selected!r}, tally={self.tally!r}, mode={self.mode!r}, seconds={self.seconds!r}, jobs={self.jobs!r}, interrupted={self.interrupted!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(site={self.site!r}, call={self.call!r}, dockerfile={self.dockerfile!r}, context={self.context!r}, tags={self.tags!r}, build_args={self.build_args!r}, target={self.target!r}, platform={self.platform!r}, cwd={self.cwd!r}, problem={self.problem!r}, argv={self.argv!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(site={self.site!r}, call={self.call!r}, images={self.images!r}, containers={self.containers!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(site={self.site!r}, container={self.container!r}, src={self.src!r}, dest={self.dest!r}, outcome={self.outcome!r}, via={self.via!r}, dest_state={self.dest_state!r}, also={self.also!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(site={self.site!r}, name={self.name!r}, args={self.args!r}, paths={self.paths!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(site={self.site!r}, name={self.name!r}, image={self.image!r}, build={self.build!r}, ran={self.ran!r}, ref={self.ref!r}, command={self.command!r}, auto_remove={self.auto_remove!r}, call={self.call!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(site={self.site!r}, names={self.names!r}, exported={self.exported!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, text={self.text!r}, instructions={self.instructions!r}, directives={self.directives!r}, directive_end={self.directive_end!r}, escape={self.escape!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(stage_name={self.stage_name!r}, keep_legacy_files={self.keep_legacy_files!r}, exclude={self.exclude!r}, advisories={self.advisories!r}, source={self.source!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, assigns={self.assigns!r}, words={self.words!r}, redirects={self.redirects!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, body={self.body!r}, subshell={self.subshell!r}, recipe={self.recipe!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, branches={self.branches!r}, orelse={self.orelse!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, items={self.items!r}, negated={self.negated!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, items={self.items!r}, ops={self.ops!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, kind={self.kind!r}, refusal={self.refusal!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, kind={self.kind!r}, var={self.var!r}, items={self.items!r}, cond={self.cond!r}, body={self.body!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, name={self.name!r}, body={self.body!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, name={self.name!r}, value={self.value!r}, append={self.append!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, op={self.op!r}, target={self.target!r}, heredoc_end={self.heredoc_end!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, text={self.text!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, text={self.text!r}, call={self.call!r}, source={self.source!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, inner_start={self.inner_start!r}, inner_end={self.inner_end!r}, quoted={self.quoted!r}, backquote={self.backquote!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(stmts={self.stmts!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(targets={self.targets!r}, prereqs={self.prereqs!r}, recipe={self.recipe!r}, line={self.line!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, body={self.body!r}, heredocs={self.heredocs!r}, cmdsubs={self.cmdsubs!r}, parser={self.parser!r}, make={self.make!r}, make_vars={self.make_vars!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, quoted={self.quoted!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, quoted={self.quoted!r}, name={self.name!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, start={self.start!r}, end={self.end!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, variables={self.variables!r}, rules={self.rules!r}, default={self.default!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(type={self.type!r}, mode={self.mode!r}, uid={self.uid!r}, gid={self.gid!r}, link={self.link!r}, device={self.device!r}, sha256={self.sha256!r}, size={self.size!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, word={self.word!r}, exact={self.exact!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(verb={self.verb!r}, opts={self.opts!r}, flags={self.flags!r}, positionals={self.positionals!r}, problem={self.problem!r}, subcommand_end={self.subcommand_end!r})"
 return __repr__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_artifact__, __dataclass_type_src__, __dataclass_type_dest__, __dataclass_type_unpack__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_unpack__, __dataclass_return_type__):
 def __init__(self,artifact:__dataclass_type_artifact__,src:__dataclass_type_src__,dest:__dataclass_type_dest__,unpack:__dataclass_type_unpack__=__dataclass_dflt_unpack__)->__dataclass_return_type__:
  self.artifact=artifact
  self.src=src
  self.dest=dest
  self.unpack=unpack
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_at__, __dataclass_type_prefix__, __dataclass_type_sep__, __dataclass_type_suffix__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,at:__dataclass_type_at__,prefix:__dataclass_type_prefix__,sep:__dataclass_type_sep__,suffix:__dataclass_type_suffix__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'at',at)
  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)
  __dataclass_builtins_object__.__setattr__(self,'sep',sep)
  __dataclass_builtins_object__.__setattr__(self,'suffix',suffix)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_bin_dir__, __dataclass_type_log__, __dataclass_type_label__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,bin_dir:__dataclass_type_bin_dir__,log:__dataclass_type_log__,label:__dataclass_type_label__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'bin_dir',bin_dir)
  __dataclass_builtins_object__.__setattr__(self,'log',log)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_build__, __dataclass_type_dockerfile__, __dataclass_type_consumed__, __dataclass_type_builders__, __dataclass_type_files__, __dataclass_type_copies__, __dataclass_type_new_text__, __dataclass_type_links__, __dataclass_type_widening__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_builders__, __dataclass_dflt_files__, __dataclass_dflt_copies__, __dataclass_dflt_new_text__, __dataclass_dflt_links__, __dataclass_dflt_widening__, __dataclass_return_type__):
 def __init__(self,build:__dataclass_type_build__,dockerfile:__dataclass_type_dockerfile__,consumed:__dataclass_type_consumed__,builders:__dataclass_type_builders__=__dataclass_HAS_DEFAULT_FACTORY__,files:__dataclass_type_files__=__dataclass_HAS_DEFAULT_FACTORY__,copies:__dataclass_type_copies__=__dataclass_dflt_copies__,new_text:__dataclass_type_new_text__=__dataclass_dflt_new_text__,links:__dataclass_type_links__=__dataclass_HAS_DEFAULT_FACTORY__,widening:__dataclass_type_widening__=__dataclass_dflt_widening__)->__dataclass_return_type__:
  self.build=build
  self.dockerfile=dockerfile
  self.consumed=consumed
  self.builders=__dataclass_dflt_builders__() if builders is __dataclass_HAS_DEFAULT_FACTORY__ else builders
  self.files=__dataclass_dflt_files__() if files is __dataclass_HAS_DEFAULT_FACTORY__ else files
  self.copies=copies
  self.new_text=new_text
  self.links=__dataclass_dflt_links__() if links is __dataclass_HAS_DEFAULT_FACTORY__ else links
  self.widening=widening
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_builder__, __dataclass_type_archive__, __dataclass_type_index__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,builder:__dataclass_type_builder__,archive:__dataclass_type_archive__,index:__dataclass_type_index__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'builder',builder)
  __dataclass_builtins_object__.__setattr__(self,'archive',archive)
  __dataclass_builtins_object__.__setattr__(self,'index',index)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_builder__, __dataclass_type_start__, __dataclass_type_end__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,builder:__dataclass_type_builder__,start:__dataclass_type_start__,end:__dataclass_type_end__)->__dataclass_return_type__:
  self.builder=builder
  self.start=start
  self.end=end
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_change__, __dataclass_type_target__, __dataclass_type_mode__, __dataclass_type_owner__, __dataclass_type_link__, __dataclass_type_tmp__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_owner__, __dataclass_dflt_link__, __dataclass_dflt_tmp__, __dataclass_return_type__):
 def __init__(self,change:__dataclass_type_change__,target:__dataclass_type_target__,mode:__dataclass_type_mode__,owner:__dataclass_type_owner__=__dataclass_dflt_owner__,link:__dataclass_type_link__=__dataclass_dflt_link__,tmp:__dataclass_type_tmp__=__dataclass_dflt_tmp__)->__dataclass_return_type__:
  self.change=change
  self.target=target
  self.mode=mode
  self.owner=owner
  self.link=link
  self.tmp=tmp
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_code__, __dataclass_type_message__, __dataclass_type_offset__, __dataclass_type_hint__, __dataclass_type_extraction__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_hint__, __dataclass_dflt_extraction__, __dataclass_return_type__):
 def __init__(self,code:__dataclass_type_code__,message:__dataclass_type_message__,offset:__dataclass_type_offset__,hint:__dataclass_type_hint__=__dataclass_dflt_hint__,extraction:__dataclass_type_extraction__=__dataclass_dflt_extraction__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'offset',offset)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
  __dataclass_builtins_object__.__setattr__(self,'extraction',extraction)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_code__, __dataclass_type_message__, __dataclass_type_path__, __dataclass_type_line__, __dataclass_type_col__, __dataclass_type_hint__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_path__, __dataclass_dflt_line__, __dataclass_dflt_col__, __dataclass_dflt_hint__, __dataclass_return_type__):
 def __init__(self,code:__dataclass_type_code__,message:__dataclass_type_message__,path:__dataclass_type_path__=__dataclass_dflt_path__,line:__dataclass_type_line__=__dataclass_dflt_line__,col:__dataclass_type_col__=__dataclass_dflt_col__,hint:__dataclass_type_hint__=__dataclass_dflt_hint__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_code__, __dataclass_type_severity__, __dataclass_type_title__, __dataclass_type_hint__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,code:__dataclass_type_code__,severity:__dataclass_type_severity__,title:__dataclass_type_title__,hint:__dataclass_type_hint__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_col__, __dataclass_type_word__, __dataclass_type_path__, __dataclass_type_artifact__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,col:__dataclass_type_col__,word:__dataclass_type_word__,path:__dataclass_type_path__,artifact:__dataclass_type_artifact__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'word',word)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'artifact',artifact)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_command__, __dataclass_type_unit__, __dataclass_type_scope__, __dataclass_type_order__, __dataclass_type_source__, __dataclass_type_script__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_source__, __dataclass_dflt_script__, __dataclass_return_type__):
 def __init__(self,command:__dataclass_type_command__,unit:__dataclass_type_unit__,scope:__dataclass_type_scope__,order:__dataclass_type_order__,source:__dataclass_type_source__=__dataclass_dflt_source__,script:__dataclass_type_script__=__dataclass_dflt_script__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'command',command)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'scope',scope)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'script',script)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_container__, __dataclass_type_lines__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_lines__, __dataclass_return_type__):
 def __init__(self,container:__dataclass_type_container__,lines:__dataclass_type_lines__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:
  self.container=container
  self.lines=__dataclass_dflt_lines__() if lines is __dataclass_HAS_DEFAULT_FACTORY__ else lines
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_context__, __dataclass_type_runtime_edits__, __dataclass_type_ignore__, __dataclass_type_command__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_runtime_edits__, __dataclass_dflt_ignore__, __dataclass_dflt_command__, __dataclass_return_type__):
 def __init__(self,context:__dataclass_type_context__,runtime_edits:__dataclass_type_runtime_edits__=__dataclass_HAS_DEFAULT_FACTORY__,ignore:__dataclass_type_ignore__=__dataclass_dflt_ignore__,command:__dataclass_type_command__=__dataclass_dflt_command__)->__dataclass_return_type__:
  self.context=context
  self.runtime_edits=__dataclass_dflt_runtime_edits__() if runtime_edits is __dataclass_HAS_DEFAULT_FACTORY__ else runtime_edits
  self.ignore=ignore
  self.command=command
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_counts__, __dataclass_type_blockers__, __dataclass_type_titles__, __dataclass_type_recorded__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_counts__, __dataclass_dflt_blockers__, __dataclass_dflt_titles__, __dataclass_dflt_recorded__, __dataclass_return_type__):
 def __init__(self,counts:__dataclass_type_counts__=__dataclass_HAS_DEFAULT_FACTORY__,blockers:__dataclass_type_blockers__=__dataclass_HAS_DEFAULT_FACTORY__,titles:__dataclass_type_titles__=__dataclass_HAS_DEFAULT_FACTORY__,recorded:__dataclass_type_recorded__=__dataclass_dflt_recorded__)->__dataclass_return_type__:
  self.counts=__dataclass_dflt_counts__() if counts is __dataclass_HAS_DEFAULT_FACTORY__ else counts
  self.blockers=__dataclass_dflt_blockers__() if blockers is __dataclass_HAS_DEFAULT_FACTORY__ else blockers
  self.titles=__dataclass_dflt_titles__() if titles is __dataclass_HAS_DEFAULT_FACTORY__ else titles
  self.recorded=recorded
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_diagnostics__, __dataclass_type_updated__, __dataclass_type_summary__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_diagnostics__, __dataclass_dflt_updated__, __dataclass_dflt_summary__, __dataclass_return_type__):
 def __init__(self,diagnostics:__dataclass_type_diagnostics__=__dataclass_HAS_DEFAULT_FACTORY__,updated:__dataclass_type_updated__=__dataclass_HAS_DEFAULT_FACTORY__,summary:__dataclass_type_summary__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:
  self.diagnostics=__dataclass_dflt_diagnostics__() if diagnostics is __dataclass_HAS_DEFAULT_FACTORY__ else diagnostics
  self.updated=__dataclass_dflt_updated__() if updated is __dataclass_HAS_DEFAULT_FACTORY__ else updated
  self.summary=__dataclass_dflt_summary__() if summary is __dataclass_HAS_DEFAULT_FACTORY__ else summary
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_dockerfile__, __dataclass_type_stage__, __dataclass_type_context__, __dataclass_type_merged__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_merged__, __dataclass_return_type__):
 def __init__(self,dockerfile:__dataclass_type_dockerfile__,stage:__dataclass_type_stage__,context:__dataclass_type_context__,merged:__dataclass_type_merged__=__dataclass_dflt_merged__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'dockerfile',dockerfile)
  __dataclass_builtins_object__.__setattr__(self,'stage',stage)
  __dataclass_builtins_object__.__setattr__(self,'context',context)
  __dataclass_builtins_object__.__setattr__(self,'merged',merged)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_dockerfile__, __dataclass_type_target__, __dataclass_type_stage_name__, __dataclass_type_renames__, __dataclass_type_post_run__, __dataclass_type_rebase__, __dataclass_type_context__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_stage_name__, __dataclass_dflt_renames__, __dataclass_dflt_post_run__, __dataclass_dflt_rebase__, __dataclass_dflt_context__, __dataclass_return_type__):
 def __init__(self,dockerfile:__dataclass_type_dockerfile__,target:__dataclass_type_target__,stage_name:__dataclass_type_stage_name__=__dataclass_dflt_stage_name__,renames:__dataclass_type_renames__=__dataclass_HAS_DEFAULT_FACTORY__,post_run:__dataclass_type_post_run__=__dataclass_HAS_DEFAULT_FACTORY__,rebase:__dataclass_type_rebase__=__dataclass_HAS_DEFAULT_FACTORY__,context:__dataclass_type_context__=__dataclass_dflt_context__)->__dataclass_return_type__:
  self.dockerfile=dockerfile
  self.target=target
  self.stage_name=stage_name
  self.renames=__dataclass_dflt_renames__() if renames is __dataclass_HAS_DEFAULT_FACTORY__ else renames
  self.post_run=__dataclass_dflt_post_run__() if post_run is __dataclass_HAS_DEFAULT_FACTORY__ else post_run
  self.rebase=__dataclass_dflt_rebase__() if rebase is __dataclass_HAS_DEFAULT_FACTORY__ else rebase
  self.context=context
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_edits__, __dataclass_type_consumed__, __dataclass_type_diagnostics__, __dataclass_type_rewritten__, __dataclass_type_consumers__, __dataclass_type_unpacks__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_edits__, __dataclass_dflt_consumed__, __dataclass_dflt_diagnostics__, __dataclass_dflt_rewritten__, __dataclass_dflt_consumers__, __dataclass_dflt_unpacks__, __dataclass_return_type__):
 def __init__(self,edits:__dataclass_type_edits__=__dataclass_HAS_DEFAULT_FACTORY__,consumed:__dataclass_type_consumed__=__dataclass_HAS_DEFAULT_FACTORY__,diagnostics:__dataclass_type_diagnostics__=__dataclass_HAS_DEFAULT_FACTORY__,rewritten:__dataclass_type_rewritten__=__dataclass_HAS_DEFAULT_FACTORY__,consumers:__dataclass_type_consumers__=__dataclass_HAS_DEFAULT_FACTORY__,unpacks:__dataclass_type_unpacks__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:
  self.edits=__dataclass_dflt_edits__() if edits is __dataclass_HAS_DEFAULT_FACTORY__ else edits
  self.consumed=__dataclass_dflt_consumed__() if consumed is __dataclass_HAS_DEFAULT_FACTORY__ else consumed
  self.diagnostics=__dataclass_dflt_diagnostics__() if diagnostics is __dataclass_HAS_DEFAULT_FACTORY__ else diagnostics
  self.rewritten=__dataclass_dflt_rewritten__() if rewritten is __dataclass_HAS_DEFAULT_FACTORY__ else rewritten
  self.consumers=__dataclass_dflt_consumers__() if consumers is __dataclass_HAS_DEFAULT_FACTORY__ else consumers
  self.unpacks=__dataclass_dflt_unpacks__() if unpacks is __dataclass_HAS_DEFAULT_FACTORY__ else unpacks
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_edits__, __dataclass_type_diagnostics__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_edits__, __dataclass_dflt_diagnostics__, __dataclass_return_type__):
 def __init__(self,edits:__dataclass_type_edits__=__dataclass_HAS_DEFAULT_FACTORY__,diagnostics:__dataclass_type_diagnostics__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:
  self.edits=__dataclass_dflt_edits__() if edits is __dataclass_HAS_DEFAULT_FACTORY__ else edits
  self.diagnostics=__dataclass_dflt_diagnostics__() if diagnostics is __dataclass_HAS_DEFAULT_FACTORY__ else diagnostics
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_event__, __dataclass_type_phase__, __dataclass_type_data__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,event:__dataclass_type_event__,phase:__dataclass_type_phase__,data:__dataclass_type_data__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'event',event)
  __dataclass_builtins_object__.__setattr__(self,'phase',phase)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_extraction__, __dataclass_type_build__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,extraction:__dataclass_type_extraction__,build:__dataclass_type_build__)->__dataclass_return_type__:
  self.extraction=extraction
  self.build=build
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_globals__, __dataclass_type_sub__, __dataclass_type_rest__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,globals:__dataclass_type_globals__,sub:__dataclass_type_sub__,rest:__dataclass_type_rest__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'globals',globals)
  __dataclass_builtins_object__.__setattr__(self,'sub',sub)
  __dataclass_builtins_object__.__setattr__(self,'rest',rest)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_graph__, __dataclass_type_artifacts__, __dataclass_type_builders__, __dataclass_type_removed__, __dataclass_type_runtime__, __dataclass_type_diagnostics__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_removed__, __dataclass_dflt_runtime__, __dataclass_dflt_diagnostics__, __dataclass_return_type__):
 def __init__(self,graph:__dataclass_type_graph__,artifacts:__dataclass_type_artifacts__,builders:__dataclass_type_builders__,removed:__dataclass_type_removed__=__dataclass_HAS_DEFAULT_FACTORY__,runtime:__dataclass_type_runtime__=__dataclass_dflt_runtime__,diagnostics:__dataclass_type_diagnostics__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:
  self.graph=graph
  self.artifacts=artifacts
  self.builders=builders
  self.removed=__dataclass_dflt_removed__() if removed is __dataclass_HAS_DEFAULT_FACTORY__ else removed
  self.runtime=runtime
  self.diagnostics=__dataclass_dflt_diagnostics__() if diagnostics is __dataclass_HAS_DEFAULT_FACTORY__ else diagnostics
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_host__, __dataclass_type_container__, __dataclass_type_merged__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_merged__, __dataclass_return_type__):
 def __init__(self,host:__dataclass_type_host__,container:__dataclass_type_container__,merged:__dataclass_type_merged__=__dataclass_dflt_merged__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'host',host)
  __dataclass_builtins_object__.__setattr__(self,'container',container)
  __dataclass_builtins_object__.__setattr__(self,'merged',merged)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_host__, __dataclass_type_container__, __dataclass_type_stage__, __dataclass_type_dockerfile__, __dataclass_type_context__, __dataclass_type_merged__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_merged__, __dataclass_return_type__):
 def __init__(self,host:__dataclass_type_host__,container:__dataclass_type_container__,stage:__dataclass_type_stage__,dockerfile:__dataclass_type_dockerfile__,context:__dataclass_type_context__,merged:__dataclass_type_merged__=__dataclass_dflt_merged__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'host',host)
  __dataclass_builtins_object__.__setattr__(self,'container',container)
  __dataclass_builtins_object__.__setattr__(self,'stage',stage)
  __dataclass_builtins_object__.__setattr__(self,'dockerfile',dockerfile)
  __dataclass_builtins_object__.__setattr__(self,'context',context)
  __dataclass_builtins_object__.__setattr__(self,'merged',merged)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_index__, __dataclass_type_count__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,index:__dataclass_type_index__,count:__dataclass_type_count__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'count',count)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_index__, __dataclass_type_item__, __dataclass_type_reason__, __dataclass_type_seconds__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,index:__dataclass_type_index__,item:__dataclass_type_item__,reason:__dataclass_type_reason__,seconds:__dataclass_type_seconds__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_index__, __dataclass_type_name__, __dataclass_type_base__, __dataclass_type_from___, __dataclass_type_body__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,index:__dataclass_type_index__,name:__dataclass_type_name__,base:__dataclass_type_base__,from_:__dataclass_type_from___,body:__dataclass_type_body__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
  __dataclass_builtins_object__.__setattr__(self,'from_',from_)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_index__, __dataclass_type_value__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,index:__dataclass_type_index__,value:__dataclass_type_value__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_key__, __dataclass_type_default__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_default__, __dataclass_return_type__):
 def __init__(self,key:__dataclass_type_key__,default:__dataclass_type_default__=__dataclass_dflt_default__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'default',default)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_keyword__, __dataclass_type_start__, __dataclass_type_end__, __dataclass_type_line__, __dataclass_type_tokens__, __dataclass_type_heredoc__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_heredoc__, __dataclass_return_type__):
 def __init__(self,keyword:__dataclass_type_keyword__,start:__dataclass_type_start__,end:__dataclass_type_end__,line:__dataclass_type_line__,tokens:__dataclass_type_tokens__,heredoc:__dataclass_type_heredoc__=__dataclass_dflt_heredoc__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'tokens',tokens)
  __dataclass_builtins_object__.__setattr__(self,'heredoc',heredoc)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_keywords__, __dataclass_type_buildargs__, __dataclass_type_has_buildargs__, __dataclass_type_flags__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_buildargs__, __dataclass_dflt_has_buildargs__, __dataclass_dflt_flags__, __dataclass_return_type__):
 def __init__(self,keywords:__dataclass_type_keywords__,buildargs:__dataclass_type_buildargs__=__dataclass_dflt_buildargs__,has_buildargs:__dataclass_type_has_buildargs__=__dataclass_dflt_has_buildargs__,flags:__dataclass_type_flags__=__dataclass_dflt_flags__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'keywords',keywords)
  __dataclass_builtins_object__.__setattr__(self,'buildargs',buildargs)
  __dataclass_builtins_object__.__setattr__(self,'has_buildargs',has_buildargs)
  __dataclass_builtins_object__.__setattr__(self,'flags',flags)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_kind__, __dataclass_type_argv__, __dataclass_type_env__, __dataclass_type_store__, __dataclass_type_runroot__, __dataclass_type_buildah__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_env__, __dataclass_dflt_store__, __dataclass_dflt_runroot__, __dataclass_dflt_buildah__, __dataclass_return_type__):
 def __init__(self,kind:__dataclass_type_kind__,argv:__dataclass_type_argv__,env:__dataclass_type_env__=__dataclass_HAS_DEFAULT_FACTORY__,store:__dataclass_type_store__=__dataclass_dflt_store__,runroot:__dataclass_type_runroot__=__dataclass_dflt_runroot__,buildah:__dataclass_type_buildah__=__dataclass_dflt_buildah__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'argv',argv)
  __dataclass_builtins_object__.__setattr__(self,'env',__dataclass_dflt_env__() if env is __dataclass_HAS_DEFAULT_FACTORY__ else env)
  __dataclass_builtins_object__.__setattr__(self,'store',store)
  __dataclass_builtins_object__.__setattr__(self,'runroot',runroot)
  __dataclass_builtins_object__.__setattr__(self,'buildah',buildah)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_location__, __dataclass_type_container_path__, __dataclass_type_host_path__, __dataclass_type_stage__, __dataclass_type_consumer__, __dataclass_type_copy_from__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,location:__dataclass_type_location__,container_path:__dataclass_type_container_path__,host_path:__dataclass_type_host_path__,stage:__dataclass_type_stage__,consumer:__dataclass_type_consumer__,copy_from:__dataclass_type_copy_from__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'container_path',container_path)
  __dataclass_builtins_object__.__setattr__(self,'host_path',host_path)
  __dataclass_builtins_object__.__setattr__(self,'stage',stage)
  __dataclass_builtins_object__.__setattr__(self,'consumer',consumer)
  __dataclass_builtins_object__.__setattr__(self,'copy_from',copy_from)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_mode__, __dataclass_type_patch_dir__, __dataclass_type_allow_dirty__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_mode__, __dataclass_dflt_patch_dir__, __dataclass_dflt_allow_dirty__, __dataclass_return_type__):
 def __init__(self,mode:__dataclass_type_mode__=__dataclass_dflt_mode__,patch_dir:__dataclass_type_patch_dir__=__dataclass_dflt_patch_dir__,allow_dirty:__dataclass_type_allow_dirty__=__dataclass_dflt_allow_dirty__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
  __dataclass_builtins_object__.__setattr__(self,'patch_dir',patch_dir)
  __dataclass_builtins_object__.__setattr__(self,'allow_dirty',allow_dirty)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_name__, __dataclass_type_chown_root__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,name:__dataclass_type_name__,chown_root:__dataclass_type_chown_root__)->__dataclass_return_type__:
  self.name=name
  self.chown_root=chown_root
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_name__, __dataclass_type_op__, __dataclass_type_arg__, __dataclass_type_quoted__, __dataclass_type_start__, __dataclass_type_end__, __dataclass_type_arg_start__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_arg_start__, __dataclass_return_type__):
 def __init__(self,name:__dataclass_type_name__,op:__dataclass_type_op__,arg:__dataclass_type_arg__,quoted:__dataclass_type_quoted__,start:__dataclass_type_start__,end:__dataclass_type_end__,arg_start:__dataclass_type_arg_start__=__dataclass_dflt_arg_start__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'arg',arg)
  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'arg_start',arg_start)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_name__, __dataclass_type_op__, __dataclass_type_value__, __dataclass_type_start__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,name:__dataclass_type_name__,op:__dataclass_type_op__,value:__dataclass_type_value__,start:__dataclass_type_start__)->__dataclass_return_type__:
  self.name=name
  self.op=op
  self.value=value
  self.start=start
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_options__, __dataclass_type_positional__, __dataclass_type_dockerfile__, __dataclass_type_tags__, __dataclass_type_build_args__, __dataclass_type_iidfile__, __dataclass_type_has_format__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_options__, __dataclass_dflt_positional__, __dataclass_dflt_dockerfile__, __dataclass_dflt_tags__, __dataclass_dflt_build_args__, __dataclass_dflt_iidfile__, __dataclass_dflt_has_format__, __dataclass_return_type__):
 def __init__(self,options:__dataclass_type_options__=__dataclass_HAS_DEFAULT_FACTORY__,positional:__dataclass_type_positional__=__dataclass_HAS_DEFAULT_FACTORY__,dockerfile:__dataclass_type_dockerfile__=__dataclass_dflt_dockerfile__,tags:__dataclass_type_tags__=__dataclass_HAS_DEFAULT_FACTORY__,build_args:__dataclass_type_build_args__=__dataclass_HAS_DEFAULT_FACTORY__,iidfile:__dataclass_type_iidfile__=__dataclass_dflt_iidfile__,has_format:__dataclass_type_has_format__=__dataclass_dflt_has_format__)->__dataclass_return_type__:
  self.options=__dataclass_dflt_options__() if options is __dataclass_HAS_DEFAULT_FACTORY__ else options
  self.positional=__dataclass_dflt_positional__() if positional is __dataclass_HAS_DEFAULT_FACTORY__ else positional
  self.dockerfile=dockerfile
  self.tags=__dataclass_dflt_tags__() if tags is __dataclass_HAS_DEFAULT_FACTORY__ else tags
  self.build_args=__dataclass_dflt_build_args__() if build_args is __dataclass_HAS_DEFAULT_FACTORY__ else build_args
  self.iidfile=iidfile
  self.has_format=has_format
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_outcome__, __dataclass_type_blockers__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_blockers__, __dataclass_return_type__):
 def __init__(self,outcome:__dataclass_type_outcome__,blockers:__dataclass_type_blockers__=__dataclass_dflt_blockers__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)
  __dataclass_builtins_object__.__setattr__(self,'blockers',blockers)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_path__, __dataclass_type_field__, __dataclass_type_legacy__, __dataclass_type_migrated__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,path:__dataclass_type_path__,field:__dataclass_type_field__,legacy:__dataclass_type_legacy__,migrated:__dataclass_type_migrated__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'legacy',legacy)
  __dataclass_builtins_object__.__setattr__(self,'migrated',migrated)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_path__, __dataclass_type_old__, __dataclass_type_new__, __dataclass_type_mode__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_mode__, __dataclass_return_type__):
 def __init__(self,path:__dataclass_type_path__,old:__dataclass_type_old__,new:__dataclass_type_new__,mode:__dataclass_type_mode__=__dataclass_dflt_mode__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'old',old)
  __dataclass_builtins_object__.__setattr__(self,'new',new)
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_path__, __dataclass_type_raw__, __dataclass_type_mode__, __dataclass_type__line_starts__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_mode__, __dataclass_dflt__line_starts__, __dataclass_return_type__):
 def __init__(self,path:__dataclass_type_path__,raw:__dataclass_type_raw__,mode:__dataclass_type_mode__=__dataclass_dflt_mode__,_line_starts:__dataclass_type__line_starts__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'raw',raw)
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
  __dataclass_builtins_object__.__setattr__(self,'_line_starts',__dataclass_dflt__line_starts__() if _line_starts is __dataclass_HAS_DEFAULT_FACTORY__ else _line_starts)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_pattern__, __dataclass_type_regex__, __dataclass_type_negate__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,pattern:__dataclass_type_pattern__,regex:__dataclass_type_regex__,negate:__dataclass_type_negate__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)
  __dataclass_builtins_object__.__setattr__(self,'regex',regex)
  __dataclass_builtins_object__.__setattr__(self,'negate',negate)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_pieces__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_pieces__, __dataclass_return_type__):
 def __init__(self,pieces:__dataclass_type_pieces__=__dataclass_dflt_pieces__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'pieces',pieces)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_proc__, __dataclass_type_conn__, __dataclass_type_queue__, __dataclass_type_since__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_queue__, __dataclass_dflt_since__, __dataclass_return_type__):
 def __init__(self,proc:__dataclass_type_proc__,conn:__dataclass_type_conn__,queue:__dataclass_type_queue__=__dataclass_HAS_DEFAULT_FACTORY__,since:__dataclass_type_since__=__dataclass_dflt_since__)->__dataclass_return_type__:
  self.proc=proc
  self.conn=conn
  self.queue=__dataclass_dflt_queue__() if queue is __dataclass_HAS_DEFAULT_FACTORY__ else queue
  self.since=since
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_reason__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,reason:__dataclass_type_reason__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_repo__, __dataclass_type_outcome__, __dataclass_type_changes__, __dataclass_type_diagnostics__, __dataclass_type_summary__, __dataclass_type_entrypoint__, __dataclass_type_entry_cwd__, __dataclass_type_flows__, __dataclass_type_advisories__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_changes__, __dataclass_dflt_diagnostics__, __dataclass_dflt_summary__, __dataclass_dflt_entrypoint__, __dataclass_dflt_entry_cwd__, __dataclass_dflt_flows__, __dataclass_dflt_advisories__, __dataclass_return_type__):
 def __init__(self,repo:__dataclass_type_repo__,outcome:__dataclass_type_outcome__,changes:__dataclass_type_changes__=__dataclass_dflt_changes__,diagnostics:__dataclass_type_diagnostics__=__dataclass_dflt_diagnostics__,summary:__dataclass_type_summary__=__dataclass_dflt_summary__,entrypoint:__dataclass_type_entrypoint__=__dataclass_dflt_entrypoint__,entry_cwd:__dataclass_type_entry_cwd__=__dataclass_dflt_entry_cwd__,flows:__dataclass_type_flows__=__dataclass_dflt_flows__,advisories:__dataclass_type_advisories__=__dataclass_dflt_advisories__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'repo',repo)
  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)
  __dataclass_builtins_object__.__setattr__(self,'changes',changes)
  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'entrypoint',entrypoint)
  __dataclass_builtins_object__.__setattr__(self,'entry_cwd',entry_cwd)
  __dataclass_builtins_object__.__setattr__(self,'flows',flows)
  __dataclass_builtins_object__.__setattr__(self,'advisories',advisories)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_repo__, __dataclass_type_status__, __dataclass_type_engine__, __dataclass_type_migration__, __dataclass_type_differences__, __dataclass_type_legacy_image__, __dataclass_type_migrated_image__, __dataclass_type_timings__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_migration__, __dataclass_dflt_differences__, __dataclass_dflt_legacy_image__, __dataclass_dflt_migrated_image__, __dataclass_dflt_timings__, __dataclass_return_type__):
 def __init__(self,repo:__dataclass_type_repo__,status:__dataclass_type_status__,engine:__dataclass_type_engine__,migration:__dataclass_type_migration__=__dataclass_dflt_migration__,differences:__dataclass_type_differences__=__dataclass_dflt_differences__,legacy_image:__dataclass_type_legacy_image__=__dataclass_dflt_legacy_image__,migrated_image:__dataclass_type_migrated_image__=__dataclass_dflt_migrated_image__,timings:__dataclass_type_timings__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'repo',repo)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'engine',engine)
  __dataclass_builtins_object__.__setattr__(self,'migration',migration)
  __dataclass_builtins_object__.__setattr__(self,'differences',differences)
  __dataclass_builtins_object__.__setattr__(self,'legacy_image',legacy_image)
  __dataclass_builtins_object__.__setattr__(self,'migrated_image',migrated_image)
  __dataclass_builtins_object__.__setattr__(self,'timings',__dataclass_dflt_timings__() if timings is __dataclass_HAS_DEFAULT_FACTORY__ else timings)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_role__, __dataclass_type_location__, __dataclass_type_dockerfile__, __dataclass_type_context__, __dataclass_type_tags__, __dataclass_type_build_args__, __dataclass_type_target__, __dataclass_type_stage__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_stage__, __dataclass_return_type__):
 def __init__(self,role:__dataclass_type_role__,location:__dataclass_type_location__,dockerfile:__dataclass_type_dockerfile__,context:__dataclass_type_context__,tags:__dataclass_type_tags__,build_args:__dataclass_type_build_args__,target:__dataclass_type_target__,stage:__dataclass_type_stage__=__dataclass_dflt_stage__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'role',role)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'dockerfile',dockerfile)
  __dataclass_builtins_object__.__setattr__(self,'context',context)
  __dataclass_builtins_object__.__setattr__(self,'tags',tags)
  __dataclass_builtins_object__.__setattr__(self,'build_args',build_args)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'stage',stage)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_roots__, __dataclass_type_from_file__, __dataclass_type_mode__, __dataclass_type_jobs__, __dataclass_type_timeout__, __dataclass_type_results__, __dataclass_type_retry_failed__, __dataclass_type_shard__, __dataclass_type_patch_dir__, __dataclass_type_fmt__, __dataclass_type_quiet__, __dataclass_type_verbose__, __dataclass_type_allow_dirty__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_roots__, __dataclass_dflt_from_file__, __dataclass_dflt_mode__, __dataclass_dflt_jobs__, __dataclass_dflt_timeout__, __dataclass_dflt_results__, __dataclass_dflt_retry_failed__, __dataclass_dflt_shard__, __dataclass_dflt_patch_dir__, __dataclass_dflt_fmt__, __dataclass_dflt_quiet__, __dataclass_dflt_verbose__, __dataclass_dflt_allow_dirty__, __dataclass_return_type__):
 def __init__(self,roots:__dataclass_type_roots__=__dataclass_dflt_roots__,from_file:__dataclass_type_from_file__=__dataclass_dflt_from_file__,mode:__dataclass_type_mode__=__dataclass_dflt_mode__,jobs:__dataclass_type_jobs__=__dataclass_dflt_jobs__,timeout:__dataclass_type_timeout__=__dataclass_dflt_timeout__,results:__dataclass_type_results__=__dataclass_dflt_results__,retry_failed:__dataclass_type_retry_failed__=__dataclass_dflt_retry_failed__,shard:__dataclass_type_shard__=__dataclass_dflt_shard__,patch_dir:__dataclass_type_patch_dir__=__dataclass_dflt_patch_dir__,fmt:__dataclass_type_fmt__=__dataclass_dflt_fmt__,quiet:__dataclass_type_quiet__=__dataclass_dflt_quiet__,verbose:__dataclass_type_verbose__=__dataclass_dflt_verbose__,allow_dirty:__dataclass_type_allow_dirty__=__dataclass_dflt_allow_dirty__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'roots',roots)
  __dataclass_builtins_object__.__setattr__(self,'from_file',from_file)
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)
  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)
  __dataclass_builtins_object__.__setattr__(self,'results',results)
  __dataclass_builtins_object__.__setattr__(self,'retry_failed',retry_failed)
  __dataclass_builtins_object__.__setattr__(self,'shard',shard)
  __dataclass_builtins_object__.__setattr__(self,'patch_dir',patch_dir)
  __dataclass_builtins_object__.__setattr__(self,'fmt',fmt)
  __dataclass_builtins_object__.__setattr__(self,'quiet',quiet)
  __dataclass_builtins_object__.__setattr__(self,'verbose',verbose)
  __dataclass_builtins_object__.__setattr__(self,'allow_dirty',allow_dirty)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_script__, __dataclass_type_cwd__, __dataclass_type_builds__, __dataclass_type_artifacts__, __dataclass_type_removed__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_builds__, __dataclass_dflt_artifacts__, __dataclass_dflt_removed__, __dataclass_return_type__):
 def __init__(self,script:__dataclass_type_script__,cwd:__dataclass_type_cwd__,builds:__dataclass_type_builds__=__dataclass_dflt_builds__,artifacts:__dataclass_type_artifacts__=__dataclass_dflt_artifacts__,removed:__dataclass_type_removed__=__dataclass_dflt_removed__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'script',script)
  __dataclass_builtins_object__.__setattr__(self,'cwd',cwd)
  __dataclass_builtins_object__.__setattr__(self,'builds',builds)
  __dataclass_builtins_object__.__setattr__(self,'artifacts',artifacts)
  __dataclass_builtins_object__.__setattr__(self,'removed',removed)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_script__, __dataclass_type_cwd__, __dataclass_type_builds__, __dataclass_type_containers__, __dataclass_type_extractions__, __dataclass_type_host_steps__, __dataclass_type_docker_uses__, __dataclass_type_assignments__, __dataclass_type_diagnostics__, __dataclass_type_sites__, __dataclass_type_extraction_attempts__, __dataclass_type_status_checks__, __dataclass_type_called__, __dataclass_type_sourced__, __dataclass_type_function_calls__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_builds__, __dataclass_dflt_containers__, __dataclass_dflt_extractions__, __dataclass_dflt_host_steps__, __dataclass_dflt_docker_uses__, __dataclass_dflt_assignments__, __dataclass_dflt_diagnostics__, __dataclass_dflt_sites__, __dataclass_dflt_extraction_attempts__, __dataclass_dflt_status_checks__, __dataclass_dflt_called__, __dataclass_dflt_sourced__, __dataclass_dflt_function_calls__, __dataclass_return_type__):
 def __init__(self,script:__dataclass_type_script__,cwd:__dataclass_type_cwd__,builds:__dataclass_type_builds__=__dataclass_HAS_DEFAULT_FACTORY__,containers:__dataclass_type_containers__=__dataclass_HAS_DEFAULT_FACTORY__,extractions:__dataclass_type_extractions__=__dataclass_HAS_DEFAULT_FACTORY__,host_steps:__dataclass_type_host_steps__=__dataclass_HAS_DEFAULT_FACTORY__,docker_uses:__dataclass_type_docker_uses__=__dataclass_HAS_DEFAULT_FACTORY__,assignments:__dataclass_type_assignments__=__dataclass_HAS_DEFAULT_FACTORY__,diagnostics:__dataclass_type_diagnostics__=__dataclass_HAS_DEFAULT_FACTORY__,sites:__dataclass_type_sites__=__dataclass_HAS_DEFAULT_FACTORY__,extraction_attempts:__dataclass_type_extraction_attempts__=__dataclass_dflt_extraction_attempts__,status_checks:__dataclass_type_status_checks__=__dataclass_HAS_DEFAULT_FACTORY__,called:__dataclass_type_called__=__dataclass_HAS_DEFAULT_FACTORY__,sourced:__dataclass_type_sourced__=__dataclass_HAS_DEFAULT_FACTORY__,function_calls:__dataclass_type_function_calls__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:
  self.script=script
  self.cwd=cwd
  self.builds=__dataclass_dflt_builds__() if builds is __dataclass_HAS_DEFAULT_FACTORY__ else builds
  self.containers=__dataclass_dflt_containers__() if containers is __dataclass_HAS_DEFAULT_FACTORY__ else containers
  self.extractions=__dataclass_dflt_extractions__() if extractions is __dataclass_HAS_DEFAULT_FACTORY__ else extractions
  self.host_steps=__dataclass_dflt_host_steps__() if host_steps is __dataclass_HAS_DEFAULT_FACTORY__ else host_steps
  self.docker_uses=__dataclass_dflt_docker_uses__() if docker_uses is __dataclass_HAS_DEFAULT_FACTORY__ else docker_uses
  self.assignments=__dataclass_dflt_assignments__() if assignments is __dataclass_HAS_DEFAULT_FACTORY__ else assignments
  self.diagnostics=__dataclass_dflt_diagnostics__() if diagnostics is __dataclass_HAS_DEFAULT_FACTORY__ else diagnostics
  self.sites=__dataclass_dflt_sites__() if sites is __dataclass_HAS_DEFAULT_FACTORY__ else sites
  self.extraction_attempts=extraction_attempts
  self.status_checks=__dataclass_dflt_status_checks__() if status_checks is __dataclass_HAS_DEFAULT_FACTORY__ else status_checks
  self.called=__dataclass_dflt_called__() if called is __dataclass_HAS_DEFAULT_FACTORY__ else called
  self.sourced=__dataclass_dflt_sourced__() if sourced is __dataclass_HAS_DEFAULT_FACTORY__ else sourced
  self.function_calls=__dataclass_dflt_function_calls__() if function_calls is __dataclass_HAS_DEFAULT_FACTORY__ else function_calls
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_script__, __dataclass_type_new_files__, __dataclass_type_diagnostics__, __dataclass_type_summary__, __dataclass_type_cwd__, __dataclass_type_info__, __dataclass_type_entry__, __dataclass_type_called__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_new_files__, __dataclass_dflt_diagnostics__, __dataclass_dflt_summary__, __dataclass_dflt_cwd__, __dataclass_dflt_info__, __dataclass_dflt_entry__, __dataclass_dflt_called__, __dataclass_return_type__):
 def __init__(self,script:__dataclass_type_script__,new_files:__dataclass_type_new_files__=__dataclass_HAS_DEFAULT_FACTORY__,diagnostics:__dataclass_type_diagnostics__=__dataclass_HAS_DEFAULT_FACTORY__,summary:__dataclass_type_summary__=__dataclass_HAS_DEFAULT_FACTORY__,cwd:__dataclass_type_cwd__=__dataclass_dflt_cwd__,info:__dataclass_type_info__=__dataclass_dflt_info__,entry:__dataclass_type_entry__=__dataclass_dflt_entry__,called:__dataclass_type_called__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:
  self.script=script
  self.new_files=__dataclass_dflt_new_files__() if new_files is __dataclass_HAS_DEFAULT_FACTORY__ else new_files
  self.diagnostics=__dataclass_dflt_diagnostics__() if diagnostics is __dataclass_HAS_DEFAULT_FACTORY__ else diagnostics
  self.summary=__dataclass_dflt_summary__() if summary is __dataclass_HAS_DEFAULT_FACTORY__ else summary
  self.cwd=cwd
  self.info=info
  self.entry=entry
  self.called=__dataclass_dflt_called__() if called is __dataclass_HAS_DEFAULT_FACTORY__ else called
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_scripts__, __dataclass_type_dockerfiles__, __dataclass_type_makefiles__, __dataclass_type_others__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_scripts__, __dataclass_dflt_dockerfiles__, __dataclass_dflt_makefiles__, __dataclass_dflt_others__, __dataclass_return_type__):
 def __init__(self,scripts:__dataclass_type_scripts__=__dataclass_HAS_DEFAULT_FACTORY__,dockerfiles:__dataclass_type_dockerfiles__=__dataclass_HAS_DEFAULT_FACTORY__,makefiles:__dataclass_type_makefiles__=__dataclass_HAS_DEFAULT_FACTORY__,others:__dataclass_type_others__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:
  self.scripts=__dataclass_dflt_scripts__() if scripts is __dataclass_HAS_DEFAULT_FACTORY__ else scripts
  self.dockerfiles=__dataclass_dflt_dockerfiles__() if dockerfiles is __dataclass_HAS_DEFAULT_FACTORY__ else dockerfiles
  self.makefiles=__dataclass_dflt_makefiles__() if makefiles is __dataclass_HAS_DEFAULT_FACTORY__ else makefiles
  self.others=__dataclass_dflt_others__() if others is __dataclass_HAS_DEFAULT_FACTORY__ else others
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_selected__, __dataclass_type_tally__, __dataclass_type_mode__, __dataclass_type_seconds__, __dataclass_type_jobs__, __dataclass_type_interrupted__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_interrupted__, __dataclass_return_type__):
 def __init__(self,selected:__dataclass_type_selected__,tally:__dataclass_type_tally__,mode:__dataclass_type_mode__,seconds:__dataclass_type_seconds__,jobs:__dataclass_type_jobs__,interrupted:__dataclass_type_interrupted__=__dataclass_dflt_interrupted__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'selected',selected)
  __dataclass_builtins_object__.__setattr__(self,'tally',tally)
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)
  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)
  __dataclass_builtins_object__.__setattr__(self,'interrupted',interrupted)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_site__, __dataclass_type_call__, __dataclass_type_dockerfile__, __dataclass_type_context__, __dataclass_type_tags__, __dataclass_type_build_args__, __dataclass_type_target__, __dataclass_type_platform__, __dataclass_type_cwd__, __dataclass_type_problem__, __dataclass_type_argv__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_problem__, __dataclass_dflt_argv__, __dataclass_return_type__):
 def __init__(self,site:__dataclass_type_site__,call:__dataclass_type_call__,dockerfile:__dataclass_type_dockerfile__,context:__dataclass_type_context__,tags:__dataclass_type_tags__,build_args:__dataclass_type_build_args__,target:__dataclass_type_target__,platform:__dataclass_type_platform__,cwd:__dataclass_type_cwd__,problem:__dataclass_type_problem__=__dataclass_dflt_problem__,argv:__dataclass_type_argv__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:
  self.site=site
  self.call=call
  self.dockerfile=dockerfile
  self.context=context
  self.tags=tags
  self.build_args=build_args
  self.target=target
  self.platform=platform
  self.cwd=cwd
  self.problem=problem
  self.argv=__dataclass_dflt_argv__() if argv is __dataclass_HAS_DEFAULT_FACTORY__ else argv
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_site__, __dataclass_type_call__, __dataclass_type_images__, __dataclass_type_containers__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,site:__dataclass_type_site__,call:__dataclass_type_call__,images:__dataclass_type_images__,containers:__dataclass_type_containers__)->__dataclass_return_type__:
  self.site=site
  self.call=call
  self.images=images
  self.containers=containers
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_site__, __dataclass_type_container__, __dataclass_type_src__, __dataclass_type_dest__, __dataclass_type_outcome__, __dataclass_type_via__, __dataclass_type_dest_state__, __dataclass_type_also__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_via__, __dataclass_dflt_dest_state__, __dataclass_dflt_also__, __dataclass_return_type__):
 def __init__(self,site:__dataclass_type_site__,container:__dataclass_type_container__,src:__dataclass_type_src__,dest:__dataclass_type_dest__,outcome:__dataclass_type_outcome__,via:__dataclass_type_via__=__dataclass_dflt_via__,dest_state:__dataclass_type_dest_state__=__dataclass_dflt_dest_state__,also:__dataclass_type_also__=__dataclass_HAS_DEFAULT_FACTORY__)->__dataclass_return_type__:
  self.site=site
  self.container=container
  self.src=src
  self.dest=dest
  self.outcome=outcome
  self.via=via
  self.dest_state=dest_state
  self.also=__dataclass_dflt_also__() if also is __dataclass_HAS_DEFAULT_FACTORY__ else also
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_site__, __dataclass_type_name__, __dataclass_type_args__, __dataclass_type_paths__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,site:__dataclass_type_site__,name:__dataclass_type_name__,args:__dataclass_type_args__,paths:__dataclass_type_paths__)->__dataclass_return_type__:
  self.site=site
  self.name=name
  self.args=args
  self.paths=paths
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_site__, __dataclass_type_name__, __dataclass_type_image__, __dataclass_type_build__, __dataclass_type_ran__, __dataclass_type_ref__, __dataclass_type_command__, __dataclass_type_auto_remove__, __dataclass_type_call__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_ref__, __dataclass_dflt_command__, __dataclass_dflt_auto_remove__, __dataclass_dflt_call__, __dataclass_return_type__):
 def __init__(self,site:__dataclass_type_site__,name:__dataclass_type_name__,image:__dataclass_type_image__,build:__dataclass_type_build__,ran:__dataclass_type_ran__,ref:__dataclass_type_ref__=__dataclass_dflt_ref__,command:__dataclass_type_command__=__dataclass_HAS_DEFAULT_FACTORY__,auto_remove:__dataclass_type_auto_remove__=__dataclass_dflt_auto_remove__,call:__dataclass_type_call__=__dataclass_dflt_call__)->__dataclass_return_type__:
  self.site=site
  self.name=name
  self.image=image
  self.build=build
  self.ran=ran
  self.ref=ref
  self.command=__dataclass_dflt_command__() if command is __dataclass_HAS_DEFAULT_FACTORY__ else command
  self.auto_remove=auto_remove
  self.call=call
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_site__, __dataclass_type_names__, __dataclass_type_exported__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,site:__dataclass_type_site__,names:__dataclass_type_names__,exported:__dataclass_type_exported__)->__dataclass_return_type__:
  self.site=site
  self.names=names
  self.exported=exported
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_source__, __dataclass_type_text__, __dataclass_type_instructions__, __dataclass_type_directives__, __dataclass_type_directive_end__, __dataclass_type_escape__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,source:__dataclass_type_source__,text:__dataclass_type_text__,instructions:__dataclass_type_instructions__,directives:__dataclass_type_directives__,directive_end:__dataclass_type_directive_end__,escape:__dataclass_type_escape__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'instructions',instructions)
  __dataclass_builtins_object__.__setattr__(self,'directives',directives)
  __dataclass_builtins_object__.__setattr__(self,'directive_end',directive_end)
  __dataclass_builtins_object__.__setattr__(self,'escape',escape)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_stage_name__, __dataclass_type_keep_legacy_files__, __dataclass_type_exclude__, __dataclass_type_advisories__, __dataclass_type_source__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_stage_name__, __dataclass_dflt_keep_legacy_files__, __dataclass_dflt_exclude__, __dataclass_dflt_advisories__, __dataclass_dflt_source__, __dataclass_return_type__):
 def __init__(self,stage_name:__dataclass_type_stage_name__=__dataclass_dflt_stage_name__,keep_legacy_files:__dataclass_type_keep_legacy_files__=__dataclass_dflt_keep_legacy_files__,exclude:__dataclass_type_exclude__=__dataclass_dflt_exclude__,advisories:__dataclass_type_advisories__=__dataclass_dflt_advisories__,source:__dataclass_type_source__=__dataclass_dflt_source__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'stage_name',stage_name)
  __dataclass_builtins_object__.__setattr__(self,'keep_legacy_files',keep_legacy_files)
  __dataclass_builtins_object__.__setattr__(self,'exclude',exclude)
  __dataclass_builtins_object__.__setattr__(self,'advisories',advisories)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_assigns__, __dataclass_type_words__, __dataclass_type_redirects__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_redirects__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,assigns:__dataclass_type_assigns__,words:__dataclass_type_words__,redirects:__dataclass_type_redirects__=__dataclass_dflt_redirects__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'assigns',assigns)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
  __dataclass_builtins_object__.__setattr__(self,'redirects',redirects)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_body__, __dataclass_type_subshell__, __dataclass_type_recipe__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_recipe__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,body:__dataclass_type_body__,subshell:__dataclass_type_subshell__,recipe:__dataclass_type_recipe__=__dataclass_dflt_recipe__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'subshell',subshell)
  __dataclass_builtins_object__.__setattr__(self,'recipe',recipe)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_branches__, __dataclass_type_orelse__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,branches:__dataclass_type_branches__,orelse:__dataclass_type_orelse__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'branches',branches)
  __dataclass_builtins_object__.__setattr__(self,'orelse',orelse)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_items__, __dataclass_type_negated__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_negated__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,items:__dataclass_type_items__,negated:__dataclass_type_negated__=__dataclass_dflt_negated__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'negated',negated)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_items__, __dataclass_type_ops__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,items:__dataclass_type_items__,ops:__dataclass_type_ops__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'ops',ops)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_kind__, __dataclass_type_refusal__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_refusal__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,kind:__dataclass_type_kind__,refusal:__dataclass_type_refusal__=__dataclass_dflt_refusal__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'refusal',refusal)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_kind__, __dataclass_type_var__, __dataclass_type_items__, __dataclass_type_cond__, __dataclass_type_body__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,kind:__dataclass_type_kind__,var:__dataclass_type_var__,items:__dataclass_type_items__,cond:__dataclass_type_cond__,body:__dataclass_type_body__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'var',var)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'cond',cond)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_name__, __dataclass_type_body__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,name:__dataclass_type_name__,body:__dataclass_type_body__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_name__, __dataclass_type_value__, __dataclass_type_append__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_append__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,name:__dataclass_type_name__,value:__dataclass_type_value__,append:__dataclass_type_append__=__dataclass_dflt_append__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'append',append)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_op__, __dataclass_type_target__, __dataclass_type_heredoc_end__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_heredoc_end__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,op:__dataclass_type_op__,target:__dataclass_type_target__,heredoc_end:__dataclass_type_heredoc_end__=__dataclass_dflt_heredoc_end__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'heredoc_end',heredoc_end)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_text__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_text__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,text:__dataclass_type_text__=__dataclass_dflt_text__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_text__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,text:__dataclass_type_text__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_end__, __dataclass_type_text__, __dataclass_type_call__, __dataclass_type_source__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_call__, __dataclass_dflt_source__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,end:__dataclass_type_end__,text:__dataclass_type_text__,call:__dataclass_type_call__=__dataclass_dflt_call__,source:__dataclass_type_source__=__dataclass_dflt_source__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'call',call)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_start__, __dataclass_type_inner_start__, __dataclass_type_inner_end__, __dataclass_type_quoted__, __dataclass_type_backquote__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,start:__dataclass_type_start__,inner_start:__dataclass_type_inner_start__,inner_end:__dataclass_type_inner_end__,quoted:__dataclass_type_quoted__,backquote:__dataclass_type_backquote__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'inner_start',inner_start)
  __dataclass_builtins_object__.__setattr__(self,'inner_end',inner_end)
  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)
  __dataclass_builtins_object__.__setattr__(self,'backquote',backquote)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_stmts__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_stmts__, __dataclass_return_type__):
 def __init__(self,stmts:__dataclass_type_stmts__=__dataclass_dflt_stmts__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'stmts',stmts)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_targets__, __dataclass_type_prereqs__, __dataclass_type_recipe__, __dataclass_type_line__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_recipe__, __dataclass_dflt_line__, __dataclass_return_type__):
 def __init__(self,targets:__dataclass_type_targets__,prereqs:__dataclass_type_prereqs__,recipe:__dataclass_type_recipe__=__dataclass_HAS_DEFAULT_FACTORY__,line:__dataclass_type_line__=__dataclass_dflt_line__)->__dataclass_return_type__:
  self.targets=targets
  self.prereqs=prereqs
  self.recipe=__dataclass_dflt_recipe__() if recipe is __dataclass_HAS_DEFAULT_FACTORY__ else recipe
  self.line=line
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_text__, __dataclass_type_body__, __dataclass_type_heredocs__, __dataclass_type_cmdsubs__, __dataclass_type_parser__, __dataclass_type_make__, __dataclass_type_make_vars__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_heredocs__, __dataclass_dflt_cmdsubs__, __dataclass_dflt_parser__, __dataclass_dflt_make__, __dataclass_dflt_make_vars__, __dataclass_return_type__):
 def __init__(self,text:__dataclass_type_text__,body:__dataclass_type_body__,heredocs:__dataclass_type_heredocs__=__dataclass_HAS_DEFAULT_FACTORY__,cmdsubs:__dataclass_type_cmdsubs__=__dataclass_HAS_DEFAULT_FACTORY__,parser:__dataclass_type_parser__=__dataclass_dflt_parser__,make:__dataclass_type_make__=__dataclass_dflt_make__,make_vars:__dataclass_type_make_vars__=__dataclass_dflt_make_vars__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'heredocs',__dataclass_dflt_heredocs__() if heredocs is __dataclass_HAS_DEFAULT_FACTORY__ else heredocs)
  __dataclass_builtins_object__.__setattr__(self,'cmdsubs',__dataclass_dflt_cmdsubs__() if cmdsubs is __dataclass_HAS_DEFAULT_FACTORY__ else cmdsubs)
  __dataclass_builtins_object__.__setattr__(self,'parser',parser)
  __dataclass_builtins_object__.__setattr__(self,'make',make)
  __dataclass_builtins_object__.__setattr__(self,'make_vars',make_vars)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_text__, __dataclass_type_quoted__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,text:__dataclass_type_text__,quoted:__dataclass_type_quoted__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_text__, __dataclass_type_quoted__, __dataclass_type_name__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_name__, __dataclass_return_type__):
 def __init__(self,text:__dataclass_type_text__,quoted:__dataclass_type_quoted__,name:__dataclass_type_name__=__dataclass_dflt_name__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_text__, __dataclass_type_start__, __dataclass_type_end__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_return_type__):
 def __init__(self,text:__dataclass_type_text__,start:__dataclass_type_start__,end:__dataclass_type_end__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_text__, __dataclass_type_variables__, __dataclass_type_rules__, __dataclass_type_default__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_variables__, __dataclass_dflt_rules__, __dataclass_dflt_default__, __dataclass_return_type__):
 def __init__(self,text:__dataclass_type_text__,variables:__dataclass_type_variables__=__dataclass_HAS_DEFAULT_FACTORY__,rules:__dataclass_type_rules__=__dataclass_HAS_DEFAULT_FACTORY__,default:__dataclass_type_default__=__dataclass_dflt_default__)->__dataclass_return_type__:
  self.text=text
  self.variables=__dataclass_dflt_variables__() if variables is __dataclass_HAS_DEFAULT_FACTORY__ else variables
  self.rules=__dataclass_dflt_rules__() if rules is __dataclass_HAS_DEFAULT_FACTORY__ else rules
  self.default=default
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_type__, __dataclass_type_mode__, __dataclass_type_uid__, __dataclass_type_gid__, __dataclass_type_link__, __dataclass_type_device__, __dataclass_type_sha256__, __dataclass_type_size__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_link__, __dataclass_dflt_device__, __dataclass_dflt_sha256__, __dataclass_dflt_size__, __dataclass_return_type__):
 def __init__(self,type:__dataclass_type_type__,mode:__dataclass_type_mode__,uid:__dataclass_type_uid__,gid:__dataclass_type_gid__,link:__dataclass_type_link__=__dataclass_dflt_link__,device:__dataclass_type_device__=__dataclass_dflt_device__,sha256:__dataclass_type_sha256__=__dataclass_dflt_sha256__,size:__dataclass_type_size__=__dataclass_dflt_size__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
  __dataclass_builtins_object__.__setattr__(self,'uid',uid)
  __dataclass_builtins_object__.__setattr__(self,'gid',gid)
  __dataclass_builtins_object__.__setattr__(self,'link',link)
  __dataclass_builtins_object__.__setattr__(self,'device',device)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_value__, __dataclass_type_word__, __dataclass_type_exact__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_exact__, __dataclass_return_type__):
 def __init__(self,value:__dataclass_type_value__,word:__dataclass_type_word__,exact:__dataclass_type_exact__=__dataclass_dflt_exact__)->__dataclass_return_type__:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'word',word)
  __dataclass_builtins_object__.__setattr__(self,'exact',exact)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(__dataclass_type_verb__, __dataclass_type_opts__, __dataclass_type_flags__, __dataclass_type_positionals__, __dataclass_type_problem__, __dataclass_type_subcommand_end__, __dataclass_HAS_DEFAULT_FACTORY__, __dataclass_builtins_object__, __dataclass_dflt_opts__, __dataclass_dflt_flags__, __dataclass_dflt_positionals__, __dataclass_dflt_problem__, __dataclass_dflt_subcommand_end__, __dataclass_return_type__):
 def __init__(self,verb:__dataclass_type_verb__,opts:__dataclass_type_opts__=__dataclass_HAS_DEFAULT_FACTORY__,flags:__dataclass_type_flags__=__dataclass_HAS_DEFAULT_FACTORY__,positionals:__dataclass_type_positionals__=__dataclass_HAS_DEFAULT_FACTORY__,problem:__dataclass_type_problem__=__dataclass_dflt_problem__,subcommand_end:__dataclass_type_subcommand_end__=__dataclass_dflt_subcommand_end__)->__dataclass_return_type__:
  self.verb=verb
  self.opts=__dataclass_dflt_opts__() if opts is __dataclass_HAS_DEFAULT_FACTORY__ else opts
  self.flags=__dataclass_dflt_flags__() if flags is __dataclass_HAS_DEFAULT_FACTORY__ else flags
  self.positionals=__dataclass_dflt_positionals__() if positionals is __dataclass_HAS_DEFAULT_FACTORY__ else positionals
  self.problem=problem
  self.subcommand_end=subcommand_end
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'at', 'prefix', 'sep', 'suffix'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'bin_dir', 'log', 'label'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'builder', 'archive', 'index'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'code', 'message', 'offset', 'hint', 'extraction'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'code', 'message', 'path', 'line', 'col', 'hint'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'code', 'severity', 'title', 'hint'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'col', 'word', 'path', 'artifact'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'command', 'unit', 'scope', 'order', 'source', 'script'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'dockerfile', 'stage', 'context', 'merged'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'event', 'phase', 'data'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'globals', 'sub', 'rest'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'host', 'container', 'merged'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'host', 'container', 'stage', 'dockerfile', 'context', 'merged'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'index', 'count'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'index', 'item', 'reason', 'seconds'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'index', 'name', 'base', 'from_', 'body'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'index', 'value'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'key', 'default'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'keyword', 'start', 'end', 'line', 'tokens', 'heredoc'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'keywords', 'buildargs', 'has_buildargs', 'flags'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'kind', 'argv', 'env', 'store', 'runroot', 'buildah'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'location', 'container_path', 'host_path', 'stage', 'consumer', 'copy_from'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'mode', 'patch_dir', 'allow_dirty'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'name', 'op', 'arg', 'quoted', 'start', 'end', 'arg_start'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'outcome', 'blockers'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'path', 'field', 'legacy', 'migrated'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'path', 'old', 'new', 'mode'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'path', 'raw', 'mode', '_line_starts'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'pattern', 'regex', 'negate'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'pieces'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'reason'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'repo', 'outcome', 'changes', 'diagnostics', 'summary', 'entrypoint', 'entry_cwd', 'flows', 'advisories'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'repo', 'status', 'engine', 'migration', 'differences', 'legacy_image', 'migrated_image', 'timings'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'role', 'location', 'dockerfile', 'context', 'tags', 'build_args', 'target', 'stage'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'roots', 'from_file', 'mode', 'jobs', 'timeout', 'results', 'retry_failed', 'shard', 'patch_dir', 'fmt', 'quiet', 'verbose', 'allow_dirty'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'script', 'cwd', 'builds', 'artifacts', 'removed'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'selected', 'tally', 'mode', 'seconds', 'jobs', 'interrupted'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'source', 'text', 'instructions', 'directives', 'directive_end', 'escape'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'stage_name', 'keep_legacy_files', 'exclude', 'advisories', 'source'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'start', 'end', 'assigns', 'words', 'redirects'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'start', 'end', 'body', 'subshell', 'recipe'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'start', 'end', 'branches', 'orelse'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'start', 'end', 'items', 'negated'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'start', 'end', 'items', 'ops'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'start', 'end', 'kind', 'refusal'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'start', 'end', 'kind', 'var', 'items', 'cond', 'body'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'start', 'end', 'name', 'body'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'start', 'end', 'name', 'value', 'append'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'start', 'end', 'op', 'target', 'heredoc_end'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'start', 'end', 'text', 'call', 'source'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'start', 'end', 'text'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'start', 'inner_start', 'inner_end', 'quoted', 'backquote'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'stmts'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'text', 'body', 'heredocs', 'cmdsubs', 'parser', 'make', 'make_vars'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'text', 'quoted', 'name'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'text', 'quoted'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'text', 'start', 'end'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'type', 'mode', 'uid', 'gid', 'link', 'device', 'sha256', 'size'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in {'value', 'word', 'exact'}:
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'at', 'prefix', 'sep', 'suffix'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'bin_dir', 'log', 'label'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'builder', 'archive', 'index'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'code', 'message', 'offset', 'hint', 'extraction'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'code', 'message', 'path', 'line', 'col', 'hint'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'code', 'severity', 'title', 'hint'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'col', 'word', 'path', 'artifact'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'command', 'unit', 'scope', 'order', 'source', 'script'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'dockerfile', 'stage', 'context', 'merged'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'event', 'phase', 'data'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'globals', 'sub', 'rest'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'host', 'container', 'merged'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'host', 'container', 'stage', 'dockerfile', 'context', 'merged'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'index', 'count'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'index', 'item', 'reason', 'seconds'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'index', 'name', 'base', 'from_', 'body'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'index', 'value'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'key', 'default'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'keyword', 'start', 'end', 'line', 'tokens', 'heredoc'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'keywords', 'buildargs', 'has_buildargs', 'flags'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'kind', 'argv', 'env', 'store', 'runroot', 'buildah'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'location', 'container_path', 'host_path', 'stage', 'consumer', 'copy_from'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'mode', 'patch_dir', 'allow_dirty'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'name', 'op', 'arg', 'quoted', 'start', 'end', 'arg_start'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'outcome', 'blockers'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'path', 'field', 'legacy', 'migrated'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'path', 'old', 'new', 'mode'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'path', 'raw', 'mode', '_line_starts'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'pattern', 'regex', 'negate'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'pieces'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'reason'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'repo', 'outcome', 'changes', 'diagnostics', 'summary', 'entrypoint', 'entry_cwd', 'flows', 'advisories'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'repo', 'status', 'engine', 'migration', 'differences', 'legacy_image', 'migrated_image', 'timings'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'role', 'location', 'dockerfile', 'context', 'tags', 'build_args', 'target', 'stage'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'roots', 'from_file', 'mode', 'jobs', 'timeout', 'results', 'retry_failed', 'shard', 'patch_dir', 'fmt', 'quiet', 'verbose', 'allow_dirty'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'script', 'cwd', 'builds', 'artifacts', 'removed'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'selected', 'tally', 'mode', 'seconds', 'jobs', 'interrupted'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'source', 'text', 'instructions', 'directives', 'directive_end', 'escape'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'stage_name', 'keep_legacy_files', 'exclude', 'advisories', 'source'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'start', 'end', 'assigns', 'words', 'redirects'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'start', 'end', 'body', 'subshell', 'recipe'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'start', 'end', 'branches', 'orelse'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'start', 'end', 'items', 'negated'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'start', 'end', 'items', 'ops'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'start', 'end', 'kind', 'refusal'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'start', 'end', 'kind', 'var', 'items', 'cond', 'body'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'start', 'end', 'name', 'body'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'start', 'end', 'name', 'value', 'append'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'start', 'end', 'op', 'target', 'heredoc_end'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'start', 'end', 'text', 'call', 'source'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'start', 'end', 'text'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'start', 'inner_start', 'inner_end', 'quoted', 'backquote'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'stmts'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'text', 'body', 'heredocs', 'cmdsubs', 'parser', 'make', 'make_vars'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'text', 'quoted', 'name'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'text', 'quoted'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'text', 'start', 'end'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'type', 'mode', 'uid', 'gid', 'link', 'device', 'sha256', 'size'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in {'value', 'word', 'exact'}:
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)
