# mypy: ignore-errors
"""The method texts of the package's dataclasses as Python 3.11 writes them, stored as source so
that they are compiled once into the byte-code cache (migrate/dataclass_boot.py). Written by
`python -m migrate.dataclass_table` (do not edit)."""

PYTHON = (3, 11)

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
    'def __create_fn__(_type_artifact, _type_src, _type_dest, _type_unpack, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unpack, _return_type):\n def __init__(self,artifact:_type_artifact,src:_type_src,dest:_type_dest,unpack:_type_unpack=_dflt_unpack)->_return_type:\n  self.artifact=artifact\n  self.src=src\n  self.dest=dest\n  self.unpack=unpack\n return __init__',
    "def __create_fn__(_type_at, _type_prefix, _type_sep, _type_suffix, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,at:_type_at,prefix:_type_prefix,sep:_type_sep,suffix:_type_suffix)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'at',at)\n  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)\n  __dataclass_builtins_object__.__setattr__(self,'sep',sep)\n  __dataclass_builtins_object__.__setattr__(self,'suffix',suffix)\n return __init__",
    "def __create_fn__(_type_bin_dir, _type_log, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,bin_dir:_type_bin_dir,log:_type_log,label:_type_label)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'bin_dir',bin_dir)\n  __dataclass_builtins_object__.__setattr__(self,'log',log)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n return __init__",
    'def __create_fn__(_type_build, _type_dockerfile, _type_consumed, _type_builders, _type_files, _type_copies, _type_new_text, _type_links, _type_widening, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_builders, _dflt_files, _dflt_copies, _dflt_new_text, _dflt_links, _dflt_widening, _return_type):\n def __init__(self,build:_type_build,dockerfile:_type_dockerfile,consumed:_type_consumed,builders:_type_builders=_HAS_DEFAULT_FACTORY,files:_type_files=_HAS_DEFAULT_FACTORY,copies:_type_copies=_dflt_copies,new_text:_type_new_text=_dflt_new_text,links:_type_links=_HAS_DEFAULT_FACTORY,widening:_type_widening=_dflt_widening)->_return_type:\n  self.build=build\n  self.dockerfile=dockerfile\n  self.consumed=consumed\n  self.builders=_dflt_builders() if builders is _HAS_DEFAULT_FACTORY else builders\n  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files\n  self.copies=copies\n  self.new_text=new_text\n  self.links=_dflt_links() if links is _HAS_DEFAULT_FACTORY else links\n  self.widening=widening\n return __init__',
    "def __create_fn__(_type_builder, _type_archive, _type_index, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,builder:_type_builder,archive:_type_archive,index:_type_index)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'builder',builder)\n  __dataclass_builtins_object__.__setattr__(self,'archive',archive)\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n return __init__",
    'def __create_fn__(_type_builder, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,builder:_type_builder,start:_type_start,end:_type_end)->_return_type:\n  self.builder=builder\n  self.start=start\n  self.end=end\n return __init__',
    'def __create_fn__(_type_change, _type_target, _type_mode, _type_owner, _type_link, _type_tmp, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_owner, _dflt_link, _dflt_tmp, _return_type):\n def __init__(self,change:_type_change,target:_type_target,mode:_type_mode,owner:_type_owner=_dflt_owner,link:_type_link=_dflt_link,tmp:_type_tmp=_dflt_tmp)->_return_type:\n  self.change=change\n  self.target=target\n  self.mode=mode\n  self.owner=owner\n  self.link=link\n  self.tmp=tmp\n return __init__',
    "def __create_fn__(_type_code, _type_message, _type_offset, _type_hint, _type_extraction, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _dflt_extraction, _return_type):\n def __init__(self,code:_type_code,message:_type_message,offset:_type_offset,hint:_type_hint=_dflt_hint,extraction:_type_extraction=_dflt_extraction)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'offset',offset)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n  __dataclass_builtins_object__.__setattr__(self,'extraction',extraction)\n return __init__",
    "def __create_fn__(_type_code, _type_message, _type_path, _type_line, _type_col, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_path, _dflt_line, _dflt_col, _dflt_hint, _return_type):\n def __init__(self,code:_type_code,message:_type_message,path:_type_path=_dflt_path,line:_type_line=_dflt_line,col:_type_col=_dflt_col,hint:_type_hint=_dflt_hint)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n return __init__",
    "def __create_fn__(_type_code, _type_severity, _type_title, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,code:_type_code,severity:_type_severity,title:_type_title,hint:_type_hint)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n return __init__",
    "def __create_fn__(_type_col, _type_word, _type_path, _type_artifact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,col:_type_col,word:_type_word,path:_type_path,artifact:_type_artifact)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'word',word)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'artifact',artifact)\n return __init__",
    "def __create_fn__(_type_command, _type_unit, _type_scope, _type_order, _type_source, _type_script, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source, _dflt_script, _return_type):\n def __init__(self,command:_type_command,unit:_type_unit,scope:_type_scope,order:_type_order,source:_type_source=_dflt_source,script:_type_script=_dflt_script)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'command',command)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n  __dataclass_builtins_object__.__setattr__(self,'scope',scope)\n  __dataclass_builtins_object__.__setattr__(self,'order',order)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'script',script)\n return __init__",
    'def __create_fn__(_type_container, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _return_type):\n def __init__(self,container:_type_container,lines:_type_lines=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.container=container\n  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines\n return __init__',
    'def __create_fn__(_type_context, _type_runtime_edits, _type_ignore, _type_command, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_runtime_edits, _dflt_ignore, _dflt_command, _return_type):\n def __init__(self,context:_type_context,runtime_edits:_type_runtime_edits=_HAS_DEFAULT_FACTORY,ignore:_type_ignore=_dflt_ignore,command:_type_command=_dflt_command)->_return_type:\n  self.context=context\n  self.runtime_edits=_dflt_runtime_edits() if runtime_edits is _HAS_DEFAULT_FACTORY else runtime_edits\n  self.ignore=ignore\n  self.command=command\n return __init__',
    'def __create_fn__(_type_counts, _type_blockers, _type_titles, _type_recorded, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_counts, _dflt_blockers, _dflt_titles, _dflt_recorded, _return_type):\n def __init__(self,counts:_type_counts=_HAS_DEFAULT_FACTORY,blockers:_type_blockers=_HAS_DEFAULT_FACTORY,titles:_type_titles=_HAS_DEFAULT_FACTORY,recorded:_type_recorded=_dflt_recorded)->_return_type:\n  self.counts=_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts\n  self.blockers=_dflt_blockers() if blockers is _HAS_DEFAULT_FACTORY else blockers\n  self.titles=_dflt_titles() if titles is _HAS_DEFAULT_FACTORY else titles\n  self.recorded=recorded\n return __init__',
    'def __create_fn__(_type_diagnostics, _type_updated, _type_summary, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_diagnostics, _dflt_updated, _dflt_summary, _return_type):\n def __init__(self,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,updated:_type_updated=_HAS_DEFAULT_FACTORY,summary:_type_summary=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics\n  self.updated=_dflt_updated() if updated is _HAS_DEFAULT_FACTORY else updated\n  self.summary=_dflt_summary() if summary is _HAS_DEFAULT_FACTORY else summary\n return __init__',
    "def __create_fn__(_type_dockerfile, _type_stage, _type_context, _type_merged, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_merged, _return_type):\n def __init__(self,dockerfile:_type_dockerfile,stage:_type_stage,context:_type_context,merged:_type_merged=_dflt_merged)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'dockerfile',dockerfile)\n  __dataclass_builtins_object__.__setattr__(self,'stage',stage)\n  __dataclass_builtins_object__.__setattr__(self,'context',context)\n  __dataclass_builtins_object__.__setattr__(self,'merged',merged)\n return __init__",
    'def __create_fn__(_type_dockerfile, _type_target, _type_stage_name, _type_renames, _type_post_run, _type_rebase, _type_context, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stage_name, _dflt_renames, _dflt_post_run, _dflt_rebase, _dflt_context, _return_type):\n def __init__(self,dockerfile:_type_dockerfile,target:_type_target,stage_name:_type_stage_name=_dflt_stage_name,renames:_type_renames=_HAS_DEFAULT_FACTORY,post_run:_type_post_run=_HAS_DEFAULT_FACTORY,rebase:_type_rebase=_HAS_DEFAULT_FACTORY,context:_type_context=_dflt_context)->_return_type:\n  self.dockerfile=dockerfile\n  self.target=target\n  self.stage_name=stage_name\n  self.renames=_dflt_renames() if renames is _HAS_DEFAULT_FACTORY else renames\n  self.post_run=_dflt_post_run() if post_run is _HAS_DEFAULT_FACTORY else post_run\n  self.rebase=_dflt_rebase() if rebase is _HAS_DEFAULT_FACTORY else rebase\n  self.context=context\n return __init__',
    'def __create_fn__(_type_edits, _type_consumed, _type_diagnostics, _type_rewritten, _type_consumers, _type_unpacks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_edits, _dflt_consumed, _dflt_diagnostics, _dflt_rewritten, _dflt_consumers, _dflt_unpacks, _return_type):\n def __init__(self,edits:_type_edits=_HAS_DEFAULT_FACTORY,consumed:_type_consumed=_HAS_DEFAULT_FACTORY,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,rewritten:_type_rewritten=_HAS_DEFAULT_FACTORY,consumers:_type_consumers=_HAS_DEFAULT_FACTORY,unpacks:_type_unpacks=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.edits=_dflt_edits() if edits is _HAS_DEFAULT_FACTORY else edits\n  self.consumed=_dflt_consumed() if consumed is _HAS_DEFAULT_FACTORY else consumed\n  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics\n  self.rewritten=_dflt_rewritten() if rewritten is _HAS_DEFAULT_FACTORY else rewritten\n  self.consumers=_dflt_consumers() if consumers is _HAS_DEFAULT_FACTORY else consumers\n  self.unpacks=_dflt_unpacks() if unpacks is _HAS_DEFAULT_FACTORY else unpacks\n return __init__',
    'def __create_fn__(_type_edits, _type_diagnostics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_edits, _dflt_diagnostics, _return_type):\n def __init__(self,edits:_type_edits=_HAS_DEFAULT_FACTORY,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.edits=_dflt_edits() if edits is _HAS_DEFAULT_FACTORY else edits\n  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics\n return __init__',
    "def __create_fn__(_type_event, _type_phase, _type_data, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,event:_type_event,phase:_type_phase,data:_type_data)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'event',event)\n  __dataclass_builtins_object__.__setattr__(self,'phase',phase)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n return __init__",
    'def __create_fn__(_type_extraction, _type_build, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,extraction:_type_extraction,build:_type_build)->_return_type:\n  self.extraction=extraction\n  self.build=build\n return __init__',
    "def __create_fn__(_type_globals, _type_sub, _type_rest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,globals:_type_globals,sub:_type_sub,rest:_type_rest)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'globals',globals)\n  __dataclass_builtins_object__.__setattr__(self,'sub',sub)\n  __dataclass_builtins_object__.__setattr__(self,'rest',rest)\n return __init__",
    'def __create_fn__(_type_graph, _type_artifacts, _type_builders, _type_removed, _type_runtime, _type_diagnostics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_removed, _dflt_runtime, _dflt_diagnostics, _return_type):\n def __init__(self,graph:_type_graph,artifacts:_type_artifacts,builders:_type_builders,removed:_type_removed=_HAS_DEFAULT_FACTORY,runtime:_type_runtime=_dflt_runtime,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.graph=graph\n  self.artifacts=artifacts\n  self.builders=builders\n  self.removed=_dflt_removed() if removed is _HAS_DEFAULT_FACTORY else removed\n  self.runtime=runtime\n  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics\n return __init__',
    "def __create_fn__(_type_host, _type_container, _type_merged, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_merged, _return_type):\n def __init__(self,host:_type_host,container:_type_container,merged:_type_merged=_dflt_merged)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'host',host)\n  __dataclass_builtins_object__.__setattr__(self,'container',container)\n  __dataclass_builtins_object__.__setattr__(self,'merged',merged)\n return __init__",
    "def __create_fn__(_type_host, _type_container, _type_stage, _type_dockerfile, _type_context, _type_merged, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_merged, _return_type):\n def __init__(self,host:_type_host,container:_type_container,stage:_type_stage,dockerfile:_type_dockerfile,context:_type_context,merged:_type_merged=_dflt_merged)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'host',host)\n  __dataclass_builtins_object__.__setattr__(self,'container',container)\n  __dataclass_builtins_object__.__setattr__(self,'stage',stage)\n  __dataclass_builtins_object__.__setattr__(self,'dockerfile',dockerfile)\n  __dataclass_builtins_object__.__setattr__(self,'context',context)\n  __dataclass_builtins_object__.__setattr__(self,'merged',merged)\n return __init__",
    "def __create_fn__(_type_index, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,index:_type_index,count:_type_count)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'count',count)\n return __init__",
    "def __create_fn__(_type_index, _type_item, _type_reason, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,index:_type_index,item:_type_item,reason:_type_reason,seconds:_type_seconds)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'item',item)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n return __init__",
    "def __create_fn__(_type_index, _type_name, _type_base, _type_from_, _type_body, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,index:_type_index,name:_type_name,base:_type_base,from_:_type_from_,body:_type_body)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'from_',from_)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n return __init__",
    "def __create_fn__(_type_index, _type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,index:_type_index,value:_type_value)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n return __init__",
    "def __create_fn__(_type_key, _type_default, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_default, _return_type):\n def __init__(self,key:_type_key,default:_type_default=_dflt_default)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'default',default)\n return __init__",
    "def __create_fn__(_type_keyword, _type_start, _type_end, _type_line, _type_tokens, _type_heredoc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heredoc, _return_type):\n def __init__(self,keyword:_type_keyword,start:_type_start,end:_type_end,line:_type_line,tokens:_type_tokens,heredoc:_type_heredoc=_dflt_heredoc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'tokens',tokens)\n  __dataclass_builtins_object__.__setattr__(self,'heredoc',heredoc)\n return __init__",
    "def __create_fn__(_type_keywords, _type_buildargs, _type_has_buildargs, _type_flags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_buildargs, _dflt_has_buildargs, _dflt_flags, _return_type):\n def __init__(self,keywords:_type_keywords,buildargs:_type_buildargs=_dflt_buildargs,has_buildargs:_type_has_buildargs=_dflt_has_buildargs,flags:_type_flags=_dflt_flags)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'keywords',keywords)\n  __dataclass_builtins_object__.__setattr__(self,'buildargs',buildargs)\n  __dataclass_builtins_object__.__setattr__(self,'has_buildargs',has_buildargs)\n  __dataclass_builtins_object__.__setattr__(self,'flags',flags)\n return __init__",
    "def __create_fn__(_type_kind, _type_argv, _type_env, _type_store, _type_runroot, _type_buildah, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_env, _dflt_store, _dflt_runroot, _dflt_buildah, _return_type):\n def __init__(self,kind:_type_kind,argv:_type_argv,env:_type_env=_HAS_DEFAULT_FACTORY,store:_type_store=_dflt_store,runroot:_type_runroot=_dflt_runroot,buildah:_type_buildah=_dflt_buildah)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'argv',argv)\n  __dataclass_builtins_object__.__setattr__(self,'env',_dflt_env() if env is _HAS_DEFAULT_FACTORY else env)\n  __dataclass_builtins_object__.__setattr__(self,'store',store)\n  __dataclass_builtins_object__.__setattr__(self,'runroot',runroot)\n  __dataclass_builtins_object__.__setattr__(self,'buildah',buildah)\n return __init__",
    "def __create_fn__(_type_location, _type_container_path, _type_host_path, _type_stage, _type_consumer, _type_copy_from, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,location:_type_location,container_path:_type_container_path,host_path:_type_host_path,stage:_type_stage,consumer:_type_consumer,copy_from:_type_copy_from)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'container_path',container_path)\n  __dataclass_builtins_object__.__setattr__(self,'host_path',host_path)\n  __dataclass_builtins_object__.__setattr__(self,'stage',stage)\n  __dataclass_builtins_object__.__setattr__(self,'consumer',consumer)\n  __dataclass_builtins_object__.__setattr__(self,'copy_from',copy_from)\n return __init__",
    "def __create_fn__(_type_mode, _type_patch_dir, _type_allow_dirty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mode, _dflt_patch_dir, _dflt_allow_dirty, _return_type):\n def __init__(self,mode:_type_mode=_dflt_mode,patch_dir:_type_patch_dir=_dflt_patch_dir,allow_dirty:_type_allow_dirty=_dflt_allow_dirty)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'patch_dir',patch_dir)\n  __dataclass_builtins_object__.__setattr__(self,'allow_dirty',allow_dirty)\n return __init__",
    'def __create_fn__(_type_name, _type_chown_root, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,chown_root:_type_chown_root)->_return_type:\n  self.name=name\n  self.chown_root=chown_root\n return __init__',
    "def __create_fn__(_type_name, _type_op, _type_arg, _type_quoted, _type_start, _type_end, _type_arg_start, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_arg_start, _return_type):\n def __init__(self,name:_type_name,op:_type_op,arg:_type_arg,quoted:_type_quoted,start:_type_start,end:_type_end,arg_start:_type_arg_start=_dflt_arg_start)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'arg',arg)\n  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'arg_start',arg_start)\n return __init__",
    'def __create_fn__(_type_name, _type_op, _type_value, _type_start, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,op:_type_op,value:_type_value,start:_type_start)->_return_type:\n  self.name=name\n  self.op=op\n  self.value=value\n  self.start=start\n return __init__',
    'def __create_fn__(_type_options, _type_positional, _type_dockerfile, _type_tags, _type_build_args, _type_iidfile, _type_has_format, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_positional, _dflt_dockerfile, _dflt_tags, _dflt_build_args, _dflt_iidfile, _dflt_has_format, _return_type):\n def __init__(self,options:_type_options=_HAS_DEFAULT_FACTORY,positional:_type_positional=_HAS_DEFAULT_FACTORY,dockerfile:_type_dockerfile=_dflt_dockerfile,tags:_type_tags=_HAS_DEFAULT_FACTORY,build_args:_type_build_args=_HAS_DEFAULT_FACTORY,iidfile:_type_iidfile=_dflt_iidfile,has_format:_type_has_format=_dflt_has_format)->_return_type:\n  self.options=_dflt_options() if options is _HAS_DEFAULT_FACTORY else options\n  self.positional=_dflt_positional() if positional is _HAS_DEFAULT_FACTORY else positional\n  self.dockerfile=dockerfile\n  self.tags=_dflt_tags() if tags is _HAS_DEFAULT_FACTORY else tags\n  self.build_args=_dflt_build_args() if build_args is _HAS_DEFAULT_FACTORY else build_args\n  self.iidfile=iidfile\n  self.has_format=has_format\n return __init__',
    "def __create_fn__(_type_outcome, _type_blockers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blockers, _return_type):\n def __init__(self,outcome:_type_outcome,blockers:_type_blockers=_dflt_blockers)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)\n  __dataclass_builtins_object__.__setattr__(self,'blockers',blockers)\n return __init__",
    "def __create_fn__(_type_path, _type_field, _type_legacy, _type_migrated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,field:_type_field,legacy:_type_legacy,migrated:_type_migrated)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'field',field)\n  __dataclass_builtins_object__.__setattr__(self,'legacy',legacy)\n  __dataclass_builtins_object__.__setattr__(self,'migrated',migrated)\n return __init__",
    "def __create_fn__(_type_path, _type_old, _type_new, _type_mode, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mode, _return_type):\n def __init__(self,path:_type_path,old:_type_old,new:_type_new,mode:_type_mode=_dflt_mode)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'old',old)\n  __dataclass_builtins_object__.__setattr__(self,'new',new)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n return __init__",
    "def __create_fn__(_type_path, _type_raw, _type_mode, _type__line_starts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mode, _dflt__line_starts, _return_type):\n def __init__(self,path:_type_path,raw:_type_raw,mode:_type_mode=_dflt_mode,_line_starts:_type__line_starts=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'raw',raw)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'_line_starts',_dflt__line_starts() if _line_starts is _HAS_DEFAULT_FACTORY else _line_starts)\n return __init__",
    "def __create_fn__(_type_pattern, _type_regex, _type_negate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,pattern:_type_pattern,regex:_type_regex,negate:_type_negate)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)\n  __dataclass_builtins_object__.__setattr__(self,'regex',regex)\n  __dataclass_builtins_object__.__setattr__(self,'negate',negate)\n return __init__",
    "def __create_fn__(_type_pieces, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pieces, _return_type):\n def __init__(self,pieces:_type_pieces=_dflt_pieces)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'pieces',pieces)\n return __init__",
    'def __create_fn__(_type_proc, _type_conn, _type_queue, _type_since, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_queue, _dflt_since, _return_type):\n def __init__(self,proc:_type_proc,conn:_type_conn,queue:_type_queue=_HAS_DEFAULT_FACTORY,since:_type_since=_dflt_since)->_return_type:\n  self.proc=proc\n  self.conn=conn\n  self.queue=_dflt_queue() if queue is _HAS_DEFAULT_FACTORY else queue\n  self.since=since\n return __init__',
    "def __create_fn__(_type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,reason:_type_reason)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n return __init__",
    "def __create_fn__(_type_repo, _type_outcome, _type_changes, _type_diagnostics, _type_summary, _type_entrypoint, _type_entry_cwd, _type_flows, _type_advisories, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_changes, _dflt_diagnostics, _dflt_summary, _dflt_entrypoint, _dflt_entry_cwd, _dflt_flows, _dflt_advisories, _return_type):\n def __init__(self,repo:_type_repo,outcome:_type_outcome,changes:_type_changes=_dflt_changes,diagnostics:_type_diagnostics=_dflt_diagnostics,summary:_type_summary=_dflt_summary,entrypoint:_type_entrypoint=_dflt_entrypoint,entry_cwd:_type_entry_cwd=_dflt_entry_cwd,flows:_type_flows=_dflt_flows,advisories:_type_advisories=_dflt_advisories)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'repo',repo)\n  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)\n  __dataclass_builtins_object__.__setattr__(self,'changes',changes)\n  __dataclass_builtins_object__.__setattr__(self,'diagnostics',diagnostics)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'entrypoint',entrypoint)\n  __dataclass_builtins_object__.__setattr__(self,'entry_cwd',entry_cwd)\n  __dataclass_builtins_object__.__setattr__(self,'flows',flows)\n  __dataclass_builtins_object__.__setattr__(self,'advisories',advisories)\n return __init__",
    "def __create_fn__(_type_repo, _type_status, _type_engine, _type_migration, _type_differences, _type_legacy_image, _type_migrated_image, _type_timings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_migration, _dflt_differences, _dflt_legacy_image, _dflt_migrated_image, _dflt_timings, _return_type):\n def __init__(self,repo:_type_repo,status:_type_status,engine:_type_engine,migration:_type_migration=_dflt_migration,differences:_type_differences=_dflt_differences,legacy_image:_type_legacy_image=_dflt_legacy_image,migrated_image:_type_migrated_image=_dflt_migrated_image,timings:_type_timings=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'repo',repo)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'engine',engine)\n  __dataclass_builtins_object__.__setattr__(self,'migration',migration)\n  __dataclass_builtins_object__.__setattr__(self,'differences',differences)\n  __dataclass_builtins_object__.__setattr__(self,'legacy_image',legacy_image)\n  __dataclass_builtins_object__.__setattr__(self,'migrated_image',migrated_image)\n  __dataclass_builtins_object__.__setattr__(self,'timings',_dflt_timings() if timings is _HAS_DEFAULT_FACTORY else timings)\n return __init__",
    "def __create_fn__(_type_role, _type_location, _type_dockerfile, _type_context, _type_tags, _type_build_args, _type_target, _type_stage, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stage, _return_type):\n def __init__(self,role:_type_role,location:_type_location,dockerfile:_type_dockerfile,context:_type_context,tags:_type_tags,build_args:_type_build_args,target:_type_target,stage:_type_stage=_dflt_stage)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'role',role)\n  __dataclass_builtins_object__.__setattr__(self,'location',location)\n  __dataclass_builtins_object__.__setattr__(self,'dockerfile',dockerfile)\n  __dataclass_builtins_object__.__setattr__(self,'context',context)\n  __dataclass_builtins_object__.__setattr__(self,'tags',tags)\n  __dataclass_builtins_object__.__setattr__(self,'build_args',build_args)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'stage',stage)\n return __init__",
    "def __create_fn__(_type_roots, _type_from_file, _type_mode, _type_jobs, _type_timeout, _type_results, _type_retry_failed, _type_shard, _type_patch_dir, _type_fmt, _type_quiet, _type_verbose, _type_allow_dirty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_roots, _dflt_from_file, _dflt_mode, _dflt_jobs, _dflt_timeout, _dflt_results, _dflt_retry_failed, _dflt_shard, _dflt_patch_dir, _dflt_fmt, _dflt_quiet, _dflt_verbose, _dflt_allow_dirty, _return_type):\n def __init__(self,roots:_type_roots=_dflt_roots,from_file:_type_from_file=_dflt_from_file,mode:_type_mode=_dflt_mode,jobs:_type_jobs=_dflt_jobs,timeout:_type_timeout=_dflt_timeout,results:_type_results=_dflt_results,retry_failed:_type_retry_failed=_dflt_retry_failed,shard:_type_shard=_dflt_shard,patch_dir:_type_patch_dir=_dflt_patch_dir,fmt:_type_fmt=_dflt_fmt,quiet:_type_quiet=_dflt_quiet,verbose:_type_verbose=_dflt_verbose,allow_dirty:_type_allow_dirty=_dflt_allow_dirty)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'roots',roots)\n  __dataclass_builtins_object__.__setattr__(self,'from_file',from_file)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)\n  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)\n  __dataclass_builtins_object__.__setattr__(self,'results',results)\n  __dataclass_builtins_object__.__setattr__(self,'retry_failed',retry_failed)\n  __dataclass_builtins_object__.__setattr__(self,'shard',shard)\n  __dataclass_builtins_object__.__setattr__(self,'patch_dir',patch_dir)\n  __dataclass_builtins_object__.__setattr__(self,'fmt',fmt)\n  __dataclass_builtins_object__.__setattr__(self,'quiet',quiet)\n  __dataclass_builtins_object__.__setattr__(self,'verbose',verbose)\n  __dataclass_builtins_object__.__setattr__(self,'allow_dirty',allow_dirty)\n return __init__",
    "def __create_fn__(_type_script, _type_cwd, _type_builds, _type_artifacts, _type_removed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_builds, _dflt_artifacts, _dflt_removed, _return_type):\n def __init__(self,script:_type_script,cwd:_type_cwd,builds:_type_builds=_dflt_builds,artifacts:_type_artifacts=_dflt_artifacts,removed:_type_removed=_dflt_removed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'script',script)\n  __dataclass_builtins_object__.__setattr__(self,'cwd',cwd)\n  __dataclass_builtins_object__.__setattr__(self,'builds',builds)\n  __dataclass_builtins_object__.__setattr__(self,'artifacts',artifacts)\n  __dataclass_builtins_object__.__setattr__(self,'removed',removed)\n return __init__",
    'def __create_fn__(_type_script, _type_cwd, _type_builds, _type_containers, _type_extractions, _type_host_steps, _type_docker_uses, _type_assignments, _type_diagnostics, _type_sites, _type_extraction_attempts, _type_status_checks, _type_called, _type_sourced, _type_function_calls, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_builds, _dflt_containers, _dflt_extractions, _dflt_host_steps, _dflt_docker_uses, _dflt_assignments, _dflt_diagnostics, _dflt_sites, _dflt_extraction_attempts, _dflt_status_checks, _dflt_called, _dflt_sourced, _dflt_function_calls, _return_type):\n def __init__(self,script:_type_script,cwd:_type_cwd,builds:_type_builds=_HAS_DEFAULT_FACTORY,containers:_type_containers=_HAS_DEFAULT_FACTORY,extractions:_type_extractions=_HAS_DEFAULT_FACTORY,host_steps:_type_host_steps=_HAS_DEFAULT_FACTORY,docker_uses:_type_docker_uses=_HAS_DEFAULT_FACTORY,assignments:_type_assignments=_HAS_DEFAULT_FACTORY,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,sites:_type_sites=_HAS_DEFAULT_FACTORY,extraction_attempts:_type_extraction_attempts=_dflt_extraction_attempts,status_checks:_type_status_checks=_HAS_DEFAULT_FACTORY,called:_type_called=_HAS_DEFAULT_FACTORY,sourced:_type_sourced=_HAS_DEFAULT_FACTORY,function_calls:_type_function_calls=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.script=script\n  self.cwd=cwd\n  self.builds=_dflt_builds() if builds is _HAS_DEFAULT_FACTORY else builds\n  self.containers=_dflt_containers() if containers is _HAS_DEFAULT_FACTORY else containers\n  self.extractions=_dflt_extractions() if extractions is _HAS_DEFAULT_FACTORY else extractions\n  self.host_steps=_dflt_host_steps() if host_steps is _HAS_DEFAULT_FACTORY else host_steps\n  self.docker_uses=_dflt_docker_uses() if docker_uses is _HAS_DEFAULT_FACTORY else docker_uses\n  self.assignments=_dflt_assignments() if assignments is _HAS_DEFAULT_FACTORY else assignments\n  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics\n  self.sites=_dflt_sites() if sites is _HAS_DEFAULT_FACTORY else sites\n  self.extraction_attempts=extraction_attempts\n  self.status_checks=_dflt_status_checks() if status_checks is _HAS_DEFAULT_FACTORY else status_checks\n  self.called=_dflt_called() if called is _HAS_DEFAULT_FACTORY else called\n  self.sourced=_dflt_sourced() if sourced is _HAS_DEFAULT_FACTORY else sourced\n  self.function_calls=_dflt_function_calls() if function_calls is _HAS_DEFAULT_FACTORY else function_calls\n return __init__',
    'def __create_fn__(_type_script, _type_new_files, _type_diagnostics, _type_summary, _type_cwd, _type_info, _type_entry, _type_called, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_new_files, _dflt_diagnostics, _dflt_summary, _dflt_cwd, _dflt_info, _dflt_entry, _dflt_called, _return_type):\n def __init__(self,script:_type_script,new_files:_type_new_files=_HAS_DEFAULT_FACTORY,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,summary:_type_summary=_HAS_DEFAULT_FACTORY,cwd:_type_cwd=_dflt_cwd,info:_type_info=_dflt_info,entry:_type_entry=_dflt_entry,called:_type_called=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.script=script\n  self.new_files=_dflt_new_files() if new_files is _HAS_DEFAULT_FACTORY else new_files\n  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics\n  self.summary=_dflt_summary() if summary is _HAS_DEFAULT_FACTORY else summary\n  self.cwd=cwd\n  self.info=info\n  self.entry=entry\n  self.called=_dflt_called() if called is _HAS_DEFAULT_FACTORY else called\n return __init__',
    'def __create_fn__(_type_scripts, _type_dockerfiles, _type_makefiles, _type_others, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_scripts, _dflt_dockerfiles, _dflt_makefiles, _dflt_others, _return_type):\n def __init__(self,scripts:_type_scripts=_HAS_DEFAULT_FACTORY,dockerfiles:_type_dockerfiles=_HAS_DEFAULT_FACTORY,makefiles:_type_makefiles=_HAS_DEFAULT_FACTORY,others:_type_others=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.scripts=_dflt_scripts() if scripts is _HAS_DEFAULT_FACTORY else scripts\n  self.dockerfiles=_dflt_dockerfiles() if dockerfiles is _HAS_DEFAULT_FACTORY else dockerfiles\n  self.makefiles=_dflt_makefiles() if makefiles is _HAS_DEFAULT_FACTORY else makefiles\n  self.others=_dflt_others() if others is _HAS_DEFAULT_FACTORY else others\n return __init__',
    "def __create_fn__(_type_selected, _type_tally, _type_mode, _type_seconds, _type_jobs, _type_interrupted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_interrupted, _return_type):\n def __init__(self,selected:_type_selected,tally:_type_tally,mode:_type_mode,seconds:_type_seconds,jobs:_type_jobs,interrupted:_type_interrupted=_dflt_interrupted)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'selected',selected)\n  __dataclass_builtins_object__.__setattr__(self,'tally',tally)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)\n  __dataclass_builtins_object__.__setattr__(self,'interrupted',interrupted)\n return __init__",
    'def __create_fn__(_type_site, _type_call, _type_dockerfile, _type_context, _type_tags, _type_build_args, _type_target, _type_platform, _type_cwd, _type_problem, _type_argv, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problem, _dflt_argv, _return_type):\n def __init__(self,site:_type_site,call:_type_call,dockerfile:_type_dockerfile,context:_type_context,tags:_type_tags,build_args:_type_build_args,target:_type_target,platform:_type_platform,cwd:_type_cwd,problem:_type_problem=_dflt_problem,argv:_type_argv=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.site=site\n  self.call=call\n  self.dockerfile=dockerfile\n  self.context=context\n  self.tags=tags\n  self.build_args=build_args\n  self.target=target\n  self.platform=platform\n  self.cwd=cwd\n  self.problem=problem\n  self.argv=_dflt_argv() if argv is _HAS_DEFAULT_FACTORY else argv\n return __init__',
    'def __create_fn__(_type_site, _type_call, _type_images, _type_containers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,site:_type_site,call:_type_call,images:_type_images,containers:_type_containers)->_return_type:\n  self.site=site\n  self.call=call\n  self.images=images\n  self.containers=containers\n return __init__',
    'def __create_fn__(_type_site, _type_container, _type_src, _type_dest, _type_outcome, _type_via, _type_dest_state, _type_also, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_via, _dflt_dest_state, _dflt_also, _return_type):\n def __init__(self,site:_type_site,container:_type_container,src:_type_src,dest:_type_dest,outcome:_type_outcome,via:_type_via=_dflt_via,dest_state:_type_dest_state=_dflt_dest_state,also:_type_also=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.site=site\n  self.container=container\n  self.src=src\n  self.dest=dest\n  self.outcome=outcome\n  self.via=via\n  self.dest_state=dest_state\n  self.also=_dflt_also() if also is _HAS_DEFAULT_FACTORY else also\n return __init__',
    'def __create_fn__(_type_site, _type_name, _type_args, _type_paths, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,site:_type_site,name:_type_name,args:_type_args,paths:_type_paths)->_return_type:\n  self.site=site\n  self.name=name\n  self.args=args\n  self.paths=paths\n return __init__',
    'def __create_fn__(_type_site, _type_name, _type_image, _type_build, _type_ran, _type_ref, _type_command, _type_auto_remove, _type_call, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ref, _dflt_command, _dflt_auto_remove, _dflt_call, _return_type):\n def __init__(self,site:_type_site,name:_type_name,image:_type_image,build:_type_build,ran:_type_ran,ref:_type_ref=_dflt_ref,command:_type_command=_HAS_DEFAULT_FACTORY,auto_remove:_type_auto_remove=_dflt_auto_remove,call:_type_call=_dflt_call)->_return_type:\n  self.site=site\n  self.name=name\n  self.image=image\n  self.build=build\n  self.ran=ran\n  self.ref=ref\n  self.command=_dflt_command() if command is _HAS_DEFAULT_FACTORY else command\n  self.auto_remove=auto_remove\n  self.call=call\n return __init__',
    'def __create_fn__(_type_site, _type_names, _type_exported, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,site:_type_site,names:_type_names,exported:_type_exported)->_return_type:\n  self.site=site\n  self.names=names\n  self.exported=exported\n return __init__',
    "def __create_fn__(_type_source, _type_text, _type_instructions, _type_directives, _type_directive_end, _type_escape, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,source:_type_source,text:_type_text,instructions:_type_instructions,directives:_type_directives,directive_end:_type_directive_end,escape:_type_escape)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'instructions',instructions)\n  __dataclass_builtins_object__.__setattr__(self,'directives',directives)\n  __dataclass_builtins_object__.__setattr__(self,'directive_end',directive_end)\n  __dataclass_builtins_object__.__setattr__(self,'escape',escape)\n return __init__",
    "def __create_fn__(_type_stage_name, _type_keep_legacy_files, _type_exclude, _type_advisories, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stage_name, _dflt_keep_legacy_files, _dflt_exclude, _dflt_advisories, _dflt_source, _return_type):\n def __init__(self,stage_name:_type_stage_name=_dflt_stage_name,keep_legacy_files:_type_keep_legacy_files=_dflt_keep_legacy_files,exclude:_type_exclude=_dflt_exclude,advisories:_type_advisories=_dflt_advisories,source:_type_source=_dflt_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'stage_name',stage_name)\n  __dataclass_builtins_object__.__setattr__(self,'keep_legacy_files',keep_legacy_files)\n  __dataclass_builtins_object__.__setattr__(self,'exclude',exclude)\n  __dataclass_builtins_object__.__setattr__(self,'advisories',advisories)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__",
    "def __create_fn__(_type_start, _type_end, _type_assigns, _type_words, _type_redirects, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_redirects, _return_type):\n def __init__(self,start:_type_start,end:_type_end,assigns:_type_assigns,words:_type_words,redirects:_type_redirects=_dflt_redirects)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'assigns',assigns)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n  __dataclass_builtins_object__.__setattr__(self,'redirects',redirects)\n return __init__",
    "def __create_fn__(_type_start, _type_end, _type_body, _type_subshell, _type_recipe, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_recipe, _return_type):\n def __init__(self,start:_type_start,end:_type_end,body:_type_body,subshell:_type_subshell,recipe:_type_recipe=_dflt_recipe)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'subshell',subshell)\n  __dataclass_builtins_object__.__setattr__(self,'recipe',recipe)\n return __init__",
    "def __create_fn__(_type_start, _type_end, _type_branches, _type_orelse, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end,branches:_type_branches,orelse:_type_orelse)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'branches',branches)\n  __dataclass_builtins_object__.__setattr__(self,'orelse',orelse)\n return __init__",
    "def __create_fn__(_type_start, _type_end, _type_items, _type_negated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_negated, _return_type):\n def __init__(self,start:_type_start,end:_type_end,items:_type_items,negated:_type_negated=_dflt_negated)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'negated',negated)\n return __init__",
    "def __create_fn__(_type_start, _type_end, _type_items, _type_ops, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end,items:_type_items,ops:_type_ops)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'ops',ops)\n return __init__",
    "def __create_fn__(_type_start, _type_end, _type_kind, _type_refusal, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_refusal, _return_type):\n def __init__(self,start:_type_start,end:_type_end,kind:_type_kind,refusal:_type_refusal=_dflt_refusal)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'refusal',refusal)\n return __init__",
    "def __create_fn__(_type_start, _type_end, _type_kind, _type_var, _type_items, _type_cond, _type_body, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end,kind:_type_kind,var:_type_var,items:_type_items,cond:_type_cond,body:_type_body)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'var',var)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'cond',cond)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n return __init__",
    "def __create_fn__(_type_start, _type_end, _type_name, _type_body, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end,name:_type_name,body:_type_body)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n return __init__",
    "def __create_fn__(_type_start, _type_end, _type_name, _type_value, _type_append, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_append, _return_type):\n def __init__(self,start:_type_start,end:_type_end,name:_type_name,value:_type_value,append:_type_append=_dflt_append)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'append',append)\n return __init__",
    "def __create_fn__(_type_start, _type_end, _type_op, _type_target, _type_heredoc_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heredoc_end, _return_type):\n def __init__(self,start:_type_start,end:_type_end,op:_type_op,target:_type_target,heredoc_end:_type_heredoc_end=_dflt_heredoc_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'heredoc_end',heredoc_end)\n return __init__",
    "def __create_fn__(_type_start, _type_end, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _return_type):\n def __init__(self,start:_type_start,end:_type_end,text:_type_text=_dflt_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__",
    "def __create_fn__(_type_start, _type_end, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__",
    "def __create_fn__(_type_start, _type_end, _type_text, _type_call, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_call, _dflt_source, _return_type):\n def __init__(self,start:_type_start,end:_type_end,text:_type_text,call:_type_call=_dflt_call,source:_type_source=_dflt_source)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'call',call)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n return __init__",
    "def __create_fn__(_type_start, _type_inner_start, _type_inner_end, _type_quoted, _type_backquote, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,inner_start:_type_inner_start,inner_end:_type_inner_end,quoted:_type_quoted,backquote:_type_backquote)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'inner_start',inner_start)\n  __dataclass_builtins_object__.__setattr__(self,'inner_end',inner_end)\n  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)\n  __dataclass_builtins_object__.__setattr__(self,'backquote',backquote)\n return __init__",
    "def __create_fn__(_type_stmts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stmts, _return_type):\n def __init__(self,stmts:_type_stmts=_dflt_stmts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'stmts',stmts)\n return __init__",
    'def __create_fn__(_type_targets, _type_prereqs, _type_recipe, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_recipe, _dflt_line, _return_type):\n def __init__(self,targets:_type_targets,prereqs:_type_prereqs,recipe:_type_recipe=_HAS_DEFAULT_FACTORY,line:_type_line=_dflt_line)->_return_type:\n  self.targets=targets\n  self.prereqs=prereqs\n  self.recipe=_dflt_recipe() if recipe is _HAS_DEFAULT_FACTORY else recipe\n  self.line=line\n return __init__',
    "def __create_fn__(_type_text, _type_body, _type_heredocs, _type_cmdsubs, _type_parser, _type_make, _type_make_vars, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heredocs, _dflt_cmdsubs, _dflt_parser, _dflt_make, _dflt_make_vars, _return_type):\n def __init__(self,text:_type_text,body:_type_body,heredocs:_type_heredocs=_HAS_DEFAULT_FACTORY,cmdsubs:_type_cmdsubs=_HAS_DEFAULT_FACTORY,parser:_type_parser=_dflt_parser,make:_type_make=_dflt_make,make_vars:_type_make_vars=_dflt_make_vars)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'heredocs',_dflt_heredocs() if heredocs is _HAS_DEFAULT_FACTORY else heredocs)\n  __dataclass_builtins_object__.__setattr__(self,'cmdsubs',_dflt_cmdsubs() if cmdsubs is _HAS_DEFAULT_FACTORY else cmdsubs)\n  __dataclass_builtins_object__.__setattr__(self,'parser',parser)\n  __dataclass_builtins_object__.__setattr__(self,'make',make)\n  __dataclass_builtins_object__.__setattr__(self,'make_vars',make_vars)\n return __init__",
    "def __create_fn__(_type_text, _type_quoted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,quoted:_type_quoted)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)\n return __init__",
    "def __create_fn__(_type_text, _type_quoted, _type_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _return_type):\n def __init__(self,text:_type_text,quoted:_type_quoted,name:_type_name=_dflt_name)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n return __init__",
    "def __create_fn__(_type_text, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,start:_type_start,end:_type_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n return __init__",
    'def __create_fn__(_type_text, _type_variables, _type_rules, _type_default, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_variables, _dflt_rules, _dflt_default, _return_type):\n def __init__(self,text:_type_text,variables:_type_variables=_HAS_DEFAULT_FACTORY,rules:_type_rules=_HAS_DEFAULT_FACTORY,default:_type_default=_dflt_default)->_return_type:\n  self.text=text\n  self.variables=_dflt_variables() if variables is _HAS_DEFAULT_FACTORY else variables\n  self.rules=_dflt_rules() if rules is _HAS_DEFAULT_FACTORY else rules\n  self.default=default\n return __init__',
    "def __create_fn__(_type_type, _type_mode, _type_uid, _type_gid, _type_link, _type_device, _type_sha256, _type_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_link, _dflt_device, _dflt_sha256, _dflt_size, _return_type):\n def __init__(self,type:_type_type,mode:_type_mode,uid:_type_uid,gid:_type_gid,link:_type_link=_dflt_link,device:_type_device=_dflt_device,sha256:_type_sha256=_dflt_sha256,size:_type_size=_dflt_size)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'mode',mode)\n  __dataclass_builtins_object__.__setattr__(self,'uid',uid)\n  __dataclass_builtins_object__.__setattr__(self,'gid',gid)\n  __dataclass_builtins_object__.__setattr__(self,'link',link)\n  __dataclass_builtins_object__.__setattr__(self,'device',device)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n return __init__",
    "def __create_fn__(_type_value, _type_word, _type_exact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_exact, _return_type):\n def __init__(self,value:_type_value,word:_type_word,exact:_type_exact=_dflt_exact)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'word',word)\n  __dataclass_builtins_object__.__setattr__(self,'exact',exact)\n return __init__",
    'def __create_fn__(_type_verb, _type_opts, _type_flags, _type_positionals, _type_problem, _type_subcommand_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_opts, _dflt_flags, _dflt_positionals, _dflt_problem, _dflt_subcommand_end, _return_type):\n def __init__(self,verb:_type_verb,opts:_type_opts=_HAS_DEFAULT_FACTORY,flags:_type_flags=_HAS_DEFAULT_FACTORY,positionals:_type_positionals=_HAS_DEFAULT_FACTORY,problem:_type_problem=_dflt_problem,subcommand_end:_type_subcommand_end=_dflt_subcommand_end)->_return_type:\n  self.verb=verb\n  self.opts=_dflt_opts() if opts is _HAS_DEFAULT_FACTORY else opts\n  self.flags=_dflt_flags() if flags is _HAS_DEFAULT_FACTORY else flags\n  self.positionals=_dflt_positionals() if positionals is _HAS_DEFAULT_FACTORY else positionals\n  self.problem=problem\n  self.subcommand_end=subcommand_end\n return __init__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'at\',\'prefix\',\'sep\',\'suffix\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'bin_dir\',\'log\',\'label\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'builder\',\'archive\',\'index\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'message\',\'offset\',\'hint\',\'extraction\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'message\',\'path\',\'line\',\'col\',\'hint\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'severity\',\'title\',\'hint\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'col\',\'word\',\'path\',\'artifact\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'command\',\'unit\',\'scope\',\'order\',\'source\',\'script\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'dockerfile\',\'stage\',\'context\',\'merged\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'event\',\'phase\',\'data\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'globals\',\'sub\',\'rest\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'host\',\'container\',\'merged\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'host\',\'container\',\'stage\',\'dockerfile\',\'context\',\'merged\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'index\',\'count\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'index\',\'item\',\'reason\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'index\',\'name\',\'base\',\'from_\',\'body\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'index\',\'value\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'default\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'keyword\',\'start\',\'end\',\'line\',\'tokens\',\'heredoc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'keywords\',\'buildargs\',\'has_buildargs\',\'flags\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'argv\',\'env\',\'store\',\'runroot\',\'buildah\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'location\',\'container_path\',\'host_path\',\'stage\',\'consumer\',\'copy_from\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'mode\',\'patch_dir\',\'allow_dirty\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'op\',\'arg\',\'quoted\',\'start\',\'end\',\'arg_start\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'outcome\',\'blockers\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'field\',\'legacy\',\'migrated\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'old\',\'new\',\'mode\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'raw\',\'mode\',\'_line_starts\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'pattern\',\'regex\',\'negate\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'pieces\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'reason\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'repo\',\'outcome\',\'changes\',\'diagnostics\',\'summary\',\'entrypoint\',\'entry_cwd\',\'flows\',\'advisories\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'repo\',\'status\',\'engine\',\'migration\',\'differences\',\'legacy_image\',\'migrated_image\',\'timings\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'role\',\'location\',\'dockerfile\',\'context\',\'tags\',\'build_args\',\'target\',\'stage\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'roots\',\'from_file\',\'mode\',\'jobs\',\'timeout\',\'results\',\'retry_failed\',\'shard\',\'patch_dir\',\'fmt\',\'quiet\',\'verbose\',\'allow_dirty\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'script\',\'cwd\',\'builds\',\'artifacts\',\'removed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'selected\',\'tally\',\'mode\',\'seconds\',\'jobs\',\'interrupted\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'text\',\'instructions\',\'directives\',\'directive_end\',\'escape\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'stage_name\',\'keep_legacy_files\',\'exclude\',\'advisories\',\'source\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'assigns\',\'words\',\'redirects\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'body\',\'subshell\',\'recipe\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'branches\',\'orelse\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'items\',\'negated\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'items\',\'ops\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'kind\',\'refusal\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'kind\',\'var\',\'items\',\'cond\',\'body\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'name\',\'body\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'name\',\'value\',\'append\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'op\',\'target\',\'heredoc_end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'text\',\'call\',\'source\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'inner_start\',\'inner_end\',\'quoted\',\'backquote\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'stmts\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'body\',\'heredocs\',\'cmdsubs\',\'parser\',\'make\',\'make_vars\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'quoted\',\'name\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'quoted\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'type\',\'mode\',\'uid\',\'gid\',\'link\',\'device\',\'sha256\',\'size\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',\'word\',\'exact\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'at\',\'prefix\',\'sep\',\'suffix\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'bin_dir\',\'log\',\'label\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'builder\',\'archive\',\'index\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'message\',\'offset\',\'hint\',\'extraction\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'message\',\'path\',\'line\',\'col\',\'hint\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'severity\',\'title\',\'hint\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'col\',\'word\',\'path\',\'artifact\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'command\',\'unit\',\'scope\',\'order\',\'source\',\'script\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'dockerfile\',\'stage\',\'context\',\'merged\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'event\',\'phase\',\'data\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'globals\',\'sub\',\'rest\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'host\',\'container\',\'merged\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'host\',\'container\',\'stage\',\'dockerfile\',\'context\',\'merged\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'index\',\'count\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'index\',\'item\',\'reason\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'index\',\'name\',\'base\',\'from_\',\'body\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'index\',\'value\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'default\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'keyword\',\'start\',\'end\',\'line\',\'tokens\',\'heredoc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'keywords\',\'buildargs\',\'has_buildargs\',\'flags\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'argv\',\'env\',\'store\',\'runroot\',\'buildah\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'location\',\'container_path\',\'host_path\',\'stage\',\'consumer\',\'copy_from\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'mode\',\'patch_dir\',\'allow_dirty\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'op\',\'arg\',\'quoted\',\'start\',\'end\',\'arg_start\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'outcome\',\'blockers\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'field\',\'legacy\',\'migrated\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'old\',\'new\',\'mode\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'raw\',\'mode\',\'_line_starts\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'pattern\',\'regex\',\'negate\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'pieces\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'reason\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'repo\',\'outcome\',\'changes\',\'diagnostics\',\'summary\',\'entrypoint\',\'entry_cwd\',\'flows\',\'advisories\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'repo\',\'status\',\'engine\',\'migration\',\'differences\',\'legacy_image\',\'migrated_image\',\'timings\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'role\',\'location\',\'dockerfile\',\'context\',\'tags\',\'build_args\',\'target\',\'stage\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'roots\',\'from_file\',\'mode\',\'jobs\',\'timeout\',\'results\',\'retry_failed\',\'shard\',\'patch_dir\',\'fmt\',\'quiet\',\'verbose\',\'allow_dirty\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'script\',\'cwd\',\'builds\',\'artifacts\',\'removed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'selected\',\'tally\',\'mode\',\'seconds\',\'jobs\',\'interrupted\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'text\',\'instructions\',\'directives\',\'directive_end\',\'escape\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'stage_name\',\'keep_legacy_files\',\'exclude\',\'advisories\',\'source\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'assigns\',\'words\',\'redirects\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'body\',\'subshell\',\'recipe\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'branches\',\'orelse\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'items\',\'negated\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'items\',\'ops\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'kind\',\'refusal\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'kind\',\'var\',\'items\',\'cond\',\'body\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'name\',\'body\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'name\',\'value\',\'append\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'op\',\'target\',\'heredoc_end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'text\',\'call\',\'source\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'inner_start\',\'inner_end\',\'quoted\',\'backquote\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'stmts\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'body\',\'heredocs\',\'cmdsubs\',\'parser\',\'make\',\'make_vars\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'quoted\',\'name\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'quoted\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'type\',\'mode\',\'uid\',\'gid\',\'link\',\'device\',\'sha256\',\'size\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',\'word\',\'exact\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__',
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


def __create_fn__(_type_artifact, _type_src, _type_dest, _type_unpack, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unpack, _return_type):
 def __init__(self,artifact:_type_artifact,src:_type_src,dest:_type_dest,unpack:_type_unpack=_dflt_unpack)->_return_type:
  self.artifact=artifact
  self.src=src
  self.dest=dest
  self.unpack=unpack
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_at, _type_prefix, _type_sep, _type_suffix, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,at:_type_at,prefix:_type_prefix,sep:_type_sep,suffix:_type_suffix)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'at',at)
  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)
  __dataclass_builtins_object__.__setattr__(self,'sep',sep)
  __dataclass_builtins_object__.__setattr__(self,'suffix',suffix)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_bin_dir, _type_log, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,bin_dir:_type_bin_dir,log:_type_log,label:_type_label)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'bin_dir',bin_dir)
  __dataclass_builtins_object__.__setattr__(self,'log',log)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_build, _type_dockerfile, _type_consumed, _type_builders, _type_files, _type_copies, _type_new_text, _type_links, _type_widening, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_builders, _dflt_files, _dflt_copies, _dflt_new_text, _dflt_links, _dflt_widening, _return_type):
 def __init__(self,build:_type_build,dockerfile:_type_dockerfile,consumed:_type_consumed,builders:_type_builders=_HAS_DEFAULT_FACTORY,files:_type_files=_HAS_DEFAULT_FACTORY,copies:_type_copies=_dflt_copies,new_text:_type_new_text=_dflt_new_text,links:_type_links=_HAS_DEFAULT_FACTORY,widening:_type_widening=_dflt_widening)->_return_type:
  self.build=build
  self.dockerfile=dockerfile
  self.consumed=consumed
  self.builders=_dflt_builders() if builders is _HAS_DEFAULT_FACTORY else builders
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
  self.copies=copies
  self.new_text=new_text
  self.links=_dflt_links() if links is _HAS_DEFAULT_FACTORY else links
  self.widening=widening
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_builder, _type_archive, _type_index, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,builder:_type_builder,archive:_type_archive,index:_type_index)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'builder',builder)
  __dataclass_builtins_object__.__setattr__(self,'archive',archive)
  __dataclass_builtins_object__.__setattr__(self,'index',index)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_builder, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,builder:_type_builder,start:_type_start,end:_type_end)->_return_type:
  self.builder=builder
  self.start=start
  self.end=end
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_change, _type_target, _type_mode, _type_owner, _type_link, _type_tmp, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_owner, _dflt_link, _dflt_tmp, _return_type):
 def __init__(self,change:_type_change,target:_type_target,mode:_type_mode,owner:_type_owner=_dflt_owner,link:_type_link=_dflt_link,tmp:_type_tmp=_dflt_tmp)->_return_type:
  self.change=change
  self.target=target
  self.mode=mode
  self.owner=owner
  self.link=link
  self.tmp=tmp
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_code, _type_message, _type_offset, _type_hint, _type_extraction, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _dflt_extraction, _return_type):
 def __init__(self,code:_type_code,message:_type_message,offset:_type_offset,hint:_type_hint=_dflt_hint,extraction:_type_extraction=_dflt_extraction)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'offset',offset)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
  __dataclass_builtins_object__.__setattr__(self,'extraction',extraction)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_code, _type_message, _type_path, _type_line, _type_col, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_path, _dflt_line, _dflt_col, _dflt_hint, _return_type):
 def __init__(self,code:_type_code,message:_type_message,path:_type_path=_dflt_path,line:_type_line=_dflt_line,col:_type_col=_dflt_col,hint:_type_hint=_dflt_hint)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_code, _type_severity, _type_title, _type_hint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,code:_type_code,severity:_type_severity,title:_type_title,hint:_type_hint)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_col, _type_word, _type_path, _type_artifact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,col:_type_col,word:_type_word,path:_type_path,artifact:_type_artifact)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'word',word)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'artifact',artifact)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_command, _type_unit, _type_scope, _type_order, _type_source, _type_script, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_source, _dflt_script, _return_type):
 def __init__(self,command:_type_command,unit:_type_unit,scope:_type_scope,order:_type_order,source:_type_source=_dflt_source,script:_type_script=_dflt_script)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'command',command)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'scope',scope)
  __dataclass_builtins_object__.__setattr__(self,'order',order)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'script',script)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_container, _type_lines, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _return_type):
 def __init__(self,container:_type_container,lines:_type_lines=_HAS_DEFAULT_FACTORY)->_return_type:
  self.container=container
  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_context, _type_runtime_edits, _type_ignore, _type_command, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_runtime_edits, _dflt_ignore, _dflt_command, _return_type):
 def __init__(self,context:_type_context,runtime_edits:_type_runtime_edits=_HAS_DEFAULT_FACTORY,ignore:_type_ignore=_dflt_ignore,command:_type_command=_dflt_command)->_return_type:
  self.context=context
  self.runtime_edits=_dflt_runtime_edits() if runtime_edits is _HAS_DEFAULT_FACTORY else runtime_edits
  self.ignore=ignore
  self.command=command
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_counts, _type_blockers, _type_titles, _type_recorded, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_counts, _dflt_blockers, _dflt_titles, _dflt_recorded, _return_type):
 def __init__(self,counts:_type_counts=_HAS_DEFAULT_FACTORY,blockers:_type_blockers=_HAS_DEFAULT_FACTORY,titles:_type_titles=_HAS_DEFAULT_FACTORY,recorded:_type_recorded=_dflt_recorded)->_return_type:
  self.counts=_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts
  self.blockers=_dflt_blockers() if blockers is _HAS_DEFAULT_FACTORY else blockers
  self.titles=_dflt_titles() if titles is _HAS_DEFAULT_FACTORY else titles
  self.recorded=recorded
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_diagnostics, _type_updated, _type_summary, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_diagnostics, _dflt_updated, _dflt_summary, _return_type):
 def __init__(self,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,updated:_type_updated=_HAS_DEFAULT_FACTORY,summary:_type_summary=_HAS_DEFAULT_FACTORY)->_return_type:
  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics
  self.updated=_dflt_updated() if updated is _HAS_DEFAULT_FACTORY else updated
  self.summary=_dflt_summary() if summary is _HAS_DEFAULT_FACTORY else summary
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_dockerfile, _type_stage, _type_context, _type_merged, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_merged, _return_type):
 def __init__(self,dockerfile:_type_dockerfile,stage:_type_stage,context:_type_context,merged:_type_merged=_dflt_merged)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'dockerfile',dockerfile)
  __dataclass_builtins_object__.__setattr__(self,'stage',stage)
  __dataclass_builtins_object__.__setattr__(self,'context',context)
  __dataclass_builtins_object__.__setattr__(self,'merged',merged)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_dockerfile, _type_target, _type_stage_name, _type_renames, _type_post_run, _type_rebase, _type_context, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stage_name, _dflt_renames, _dflt_post_run, _dflt_rebase, _dflt_context, _return_type):
 def __init__(self,dockerfile:_type_dockerfile,target:_type_target,stage_name:_type_stage_name=_dflt_stage_name,renames:_type_renames=_HAS_DEFAULT_FACTORY,post_run:_type_post_run=_HAS_DEFAULT_FACTORY,rebase:_type_rebase=_HAS_DEFAULT_FACTORY,context:_type_context=_dflt_context)->_return_type:
  self.dockerfile=dockerfile
  self.target=target
  self.stage_name=stage_name
  self.renames=_dflt_renames() if renames is _HAS_DEFAULT_FACTORY else renames
  self.post_run=_dflt_post_run() if post_run is _HAS_DEFAULT_FACTORY else post_run
  self.rebase=_dflt_rebase() if rebase is _HAS_DEFAULT_FACTORY else rebase
  self.context=context
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_edits, _type_consumed, _type_diagnostics, _type_rewritten, _type_consumers, _type_unpacks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_edits, _dflt_consumed, _dflt_diagnostics, _dflt_rewritten, _dflt_consumers, _dflt_unpacks, _return_type):
 def __init__(self,edits:_type_edits=_HAS_DEFAULT_FACTORY,consumed:_type_consumed=_HAS_DEFAULT_FACTORY,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,rewritten:_type_rewritten=_HAS_DEFAULT_FACTORY,consumers:_type_consumers=_HAS_DEFAULT_FACTORY,unpacks:_type_unpacks=_HAS_DEFAULT_FACTORY)->_return_type:
  self.edits=_dflt_edits() if edits is _HAS_DEFAULT_FACTORY else edits
  self.consumed=_dflt_consumed() if consumed is _HAS_DEFAULT_FACTORY else consumed
  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics
  self.rewritten=_dflt_rewritten() if rewritten is _HAS_DEFAULT_FACTORY else rewritten
  self.consumers=_dflt_consumers() if consumers is _HAS_DEFAULT_FACTORY else consumers
  self.unpacks=_dflt_unpacks() if unpacks is _HAS_DEFAULT_FACTORY else unpacks
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_edits, _type_diagnostics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_edits, _dflt_diagnostics, _return_type):
 def __init__(self,edits:_type_edits=_HAS_DEFAULT_FACTORY,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY)->_return_type:
  self.edits=_dflt_edits() if edits is _HAS_DEFAULT_FACTORY else edits
  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_event, _type_phase, _type_data, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,event:_type_event,phase:_type_phase,data:_type_data)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'event',event)
  __dataclass_builtins_object__.__setattr__(self,'phase',phase)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_extraction, _type_build, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,extraction:_type_extraction,build:_type_build)->_return_type:
  self.extraction=extraction
  self.build=build
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_globals, _type_sub, _type_rest, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,globals:_type_globals,sub:_type_sub,rest:_type_rest)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'globals',globals)
  __dataclass_builtins_object__.__setattr__(self,'sub',sub)
  __dataclass_builtins_object__.__setattr__(self,'rest',rest)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_graph, _type_artifacts, _type_builders, _type_removed, _type_runtime, _type_diagnostics, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_removed, _dflt_runtime, _dflt_diagnostics, _return_type):
 def __init__(self,graph:_type_graph,artifacts:_type_artifacts,builders:_type_builders,removed:_type_removed=_HAS_DEFAULT_FACTORY,runtime:_type_runtime=_dflt_runtime,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY)->_return_type:
  self.graph=graph
  self.artifacts=artifacts
  self.builders=builders
  self.removed=_dflt_removed() if removed is _HAS_DEFAULT_FACTORY else removed
  self.runtime=runtime
  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_host, _type_container, _type_merged, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_merged, _return_type):
 def __init__(self,host:_type_host,container:_type_container,merged:_type_merged=_dflt_merged)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'host',host)
  __dataclass_builtins_object__.__setattr__(self,'container',container)
  __dataclass_builtins_object__.__setattr__(self,'merged',merged)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_host, _type_container, _type_stage, _type_dockerfile, _type_context, _type_merged, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_merged, _return_type):
 def __init__(self,host:_type_host,container:_type_container,stage:_type_stage,dockerfile:_type_dockerfile,context:_type_context,merged:_type_merged=_dflt_merged)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'host',host)
  __dataclass_builtins_object__.__setattr__(self,'container',container)
  __dataclass_builtins_object__.__setattr__(self,'stage',stage)
  __dataclass_builtins_object__.__setattr__(self,'dockerfile',dockerfile)
  __dataclass_builtins_object__.__setattr__(self,'context',context)
  __dataclass_builtins_object__.__setattr__(self,'merged',merged)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_index, _type_count, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,index:_type_index,count:_type_count)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'count',count)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_index, _type_item, _type_reason, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,index:_type_index,item:_type_item,reason:_type_reason,seconds:_type_seconds)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'item',item)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_index, _type_name, _type_base, _type_from_, _type_body, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,index:_type_index,name:_type_name,base:_type_base,from_:_type_from_,body:_type_body)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
  __dataclass_builtins_object__.__setattr__(self,'from_',from_)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_index, _type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,index:_type_index,value:_type_value)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_key, _type_default, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_default, _return_type):
 def __init__(self,key:_type_key,default:_type_default=_dflt_default)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'default',default)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_keyword, _type_start, _type_end, _type_line, _type_tokens, _type_heredoc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heredoc, _return_type):
 def __init__(self,keyword:_type_keyword,start:_type_start,end:_type_end,line:_type_line,tokens:_type_tokens,heredoc:_type_heredoc=_dflt_heredoc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'tokens',tokens)
  __dataclass_builtins_object__.__setattr__(self,'heredoc',heredoc)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_keywords, _type_buildargs, _type_has_buildargs, _type_flags, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_buildargs, _dflt_has_buildargs, _dflt_flags, _return_type):
 def __init__(self,keywords:_type_keywords,buildargs:_type_buildargs=_dflt_buildargs,has_buildargs:_type_has_buildargs=_dflt_has_buildargs,flags:_type_flags=_dflt_flags)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'keywords',keywords)
  __dataclass_builtins_object__.__setattr__(self,'buildargs',buildargs)
  __dataclass_builtins_object__.__setattr__(self,'has_buildargs',has_buildargs)
  __dataclass_builtins_object__.__setattr__(self,'flags',flags)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_kind, _type_argv, _type_env, _type_store, _type_runroot, _type_buildah, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_env, _dflt_store, _dflt_runroot, _dflt_buildah, _return_type):
 def __init__(self,kind:_type_kind,argv:_type_argv,env:_type_env=_HAS_DEFAULT_FACTORY,store:_type_store=_dflt_store,runroot:_type_runroot=_dflt_runroot,buildah:_type_buildah=_dflt_buildah)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'argv',argv)
  __dataclass_builtins_object__.__setattr__(self,'env',_dflt_env() if env is _HAS_DEFAULT_FACTORY else env)
  __dataclass_builtins_object__.__setattr__(self,'store',store)
  __dataclass_builtins_object__.__setattr__(self,'runroot',runroot)
  __dataclass_builtins_object__.__setattr__(self,'buildah',buildah)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_location, _type_container_path, _type_host_path, _type_stage, _type_consumer, _type_copy_from, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,location:_type_location,container_path:_type_container_path,host_path:_type_host_path,stage:_type_stage,consumer:_type_consumer,copy_from:_type_copy_from)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'container_path',container_path)
  __dataclass_builtins_object__.__setattr__(self,'host_path',host_path)
  __dataclass_builtins_object__.__setattr__(self,'stage',stage)
  __dataclass_builtins_object__.__setattr__(self,'consumer',consumer)
  __dataclass_builtins_object__.__setattr__(self,'copy_from',copy_from)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_mode, _type_patch_dir, _type_allow_dirty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mode, _dflt_patch_dir, _dflt_allow_dirty, _return_type):
 def __init__(self,mode:_type_mode=_dflt_mode,patch_dir:_type_patch_dir=_dflt_patch_dir,allow_dirty:_type_allow_dirty=_dflt_allow_dirty)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
  __dataclass_builtins_object__.__setattr__(self,'patch_dir',patch_dir)
  __dataclass_builtins_object__.__setattr__(self,'allow_dirty',allow_dirty)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_name, _type_chown_root, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,chown_root:_type_chown_root)->_return_type:
  self.name=name
  self.chown_root=chown_root
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_name, _type_op, _type_arg, _type_quoted, _type_start, _type_end, _type_arg_start, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_arg_start, _return_type):
 def __init__(self,name:_type_name,op:_type_op,arg:_type_arg,quoted:_type_quoted,start:_type_start,end:_type_end,arg_start:_type_arg_start=_dflt_arg_start)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'arg',arg)
  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'arg_start',arg_start)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_name, _type_op, _type_value, _type_start, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,op:_type_op,value:_type_value,start:_type_start)->_return_type:
  self.name=name
  self.op=op
  self.value=value
  self.start=start
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_options, _type_positional, _type_dockerfile, _type_tags, _type_build_args, _type_iidfile, _type_has_format, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_positional, _dflt_dockerfile, _dflt_tags, _dflt_build_args, _dflt_iidfile, _dflt_has_format, _return_type):
 def __init__(self,options:_type_options=_HAS_DEFAULT_FACTORY,positional:_type_positional=_HAS_DEFAULT_FACTORY,dockerfile:_type_dockerfile=_dflt_dockerfile,tags:_type_tags=_HAS_DEFAULT_FACTORY,build_args:_type_build_args=_HAS_DEFAULT_FACTORY,iidfile:_type_iidfile=_dflt_iidfile,has_format:_type_has_format=_dflt_has_format)->_return_type:
  self.options=_dflt_options() if options is _HAS_DEFAULT_FACTORY else options
  self.positional=_dflt_positional() if positional is _HAS_DEFAULT_FACTORY else positional
  self.dockerfile=dockerfile
  self.tags=_dflt_tags() if tags is _HAS_DEFAULT_FACTORY else tags
  self.build_args=_dflt_build_args() if build_args is _HAS_DEFAULT_FACTORY else build_args
  self.iidfile=iidfile
  self.has_format=has_format
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_outcome, _type_blockers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blockers, _return_type):
 def __init__(self,outcome:_type_outcome,blockers:_type_blockers=_dflt_blockers)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'outcome',outcome)
  __dataclass_builtins_object__.__setattr__(self,'blockers',blockers)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_path, _type_field, _type_legacy, _type_migrated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,field:_type_field,legacy:_type_legacy,migrated:_type_migrated)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'field',field)
  __dataclass_builtins_object__.__setattr__(self,'legacy',legacy)
  __dataclass_builtins_object__.__setattr__(self,'migrated',migrated)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_path, _type_old, _type_new, _type_mode, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mode, _return_type):
 def __init__(self,path:_type_path,old:_type_old,new:_type_new,mode:_type_mode=_dflt_mode)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'old',old)
  __dataclass_builtins_object__.__setattr__(self,'new',new)
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_path, _type_raw, _type_mode, _type__line_starts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_mode, _dflt__line_starts, _return_type):
 def __init__(self,path:_type_path,raw:_type_raw,mode:_type_mode=_dflt_mode,_line_starts:_type__line_starts=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'raw',raw)
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
  __dataclass_builtins_object__.__setattr__(self,'_line_starts',_dflt__line_starts() if _line_starts is _HAS_DEFAULT_FACTORY else _line_starts)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_pattern, _type_regex, _type_negate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,pattern:_type_pattern,regex:_type_regex,negate:_type_negate)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)
  __dataclass_builtins_object__.__setattr__(self,'regex',regex)
  __dataclass_builtins_object__.__setattr__(self,'negate',negate)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_pieces, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pieces, _return_type):
 def __init__(self,pieces:_type_pieces=_dflt_pieces)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'pieces',pieces)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_proc, _type_conn, _type_queue, _type_since, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_queue, _dflt_since, _return_type):
 def __init__(self,proc:_type_proc,conn:_type_conn,queue:_type_queue=_HAS_DEFAULT_FACTORY,since:_type_since=_dflt_since)->_return_type:
  self.proc=proc
  self.conn=conn
  self.queue=_dflt_queue() if queue is _HAS_DEFAULT_FACTORY else queue
  self.since=since
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,reason:_type_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_repo, _type_outcome, _type_changes, _type_diagnostics, _type_summary, _type_entrypoint, _type_entry_cwd, _type_flows, _type_advisories, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_changes, _dflt_diagnostics, _dflt_summary, _dflt_entrypoint, _dflt_entry_cwd, _dflt_flows, _dflt_advisories, _return_type):
 def __init__(self,repo:_type_repo,outcome:_type_outcome,changes:_type_changes=_dflt_changes,diagnostics:_type_diagnostics=_dflt_diagnostics,summary:_type_summary=_dflt_summary,entrypoint:_type_entrypoint=_dflt_entrypoint,entry_cwd:_type_entry_cwd=_dflt_entry_cwd,flows:_type_flows=_dflt_flows,advisories:_type_advisories=_dflt_advisories)->_return_type:
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


def __create_fn__(_type_repo, _type_status, _type_engine, _type_migration, _type_differences, _type_legacy_image, _type_migrated_image, _type_timings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_migration, _dflt_differences, _dflt_legacy_image, _dflt_migrated_image, _dflt_timings, _return_type):
 def __init__(self,repo:_type_repo,status:_type_status,engine:_type_engine,migration:_type_migration=_dflt_migration,differences:_type_differences=_dflt_differences,legacy_image:_type_legacy_image=_dflt_legacy_image,migrated_image:_type_migrated_image=_dflt_migrated_image,timings:_type_timings=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'repo',repo)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'engine',engine)
  __dataclass_builtins_object__.__setattr__(self,'migration',migration)
  __dataclass_builtins_object__.__setattr__(self,'differences',differences)
  __dataclass_builtins_object__.__setattr__(self,'legacy_image',legacy_image)
  __dataclass_builtins_object__.__setattr__(self,'migrated_image',migrated_image)
  __dataclass_builtins_object__.__setattr__(self,'timings',_dflt_timings() if timings is _HAS_DEFAULT_FACTORY else timings)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_role, _type_location, _type_dockerfile, _type_context, _type_tags, _type_build_args, _type_target, _type_stage, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stage, _return_type):
 def __init__(self,role:_type_role,location:_type_location,dockerfile:_type_dockerfile,context:_type_context,tags:_type_tags,build_args:_type_build_args,target:_type_target,stage:_type_stage=_dflt_stage)->_return_type:
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


def __create_fn__(_type_roots, _type_from_file, _type_mode, _type_jobs, _type_timeout, _type_results, _type_retry_failed, _type_shard, _type_patch_dir, _type_fmt, _type_quiet, _type_verbose, _type_allow_dirty, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_roots, _dflt_from_file, _dflt_mode, _dflt_jobs, _dflt_timeout, _dflt_results, _dflt_retry_failed, _dflt_shard, _dflt_patch_dir, _dflt_fmt, _dflt_quiet, _dflt_verbose, _dflt_allow_dirty, _return_type):
 def __init__(self,roots:_type_roots=_dflt_roots,from_file:_type_from_file=_dflt_from_file,mode:_type_mode=_dflt_mode,jobs:_type_jobs=_dflt_jobs,timeout:_type_timeout=_dflt_timeout,results:_type_results=_dflt_results,retry_failed:_type_retry_failed=_dflt_retry_failed,shard:_type_shard=_dflt_shard,patch_dir:_type_patch_dir=_dflt_patch_dir,fmt:_type_fmt=_dflt_fmt,quiet:_type_quiet=_dflt_quiet,verbose:_type_verbose=_dflt_verbose,allow_dirty:_type_allow_dirty=_dflt_allow_dirty)->_return_type:
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


def __create_fn__(_type_script, _type_cwd, _type_builds, _type_artifacts, _type_removed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_builds, _dflt_artifacts, _dflt_removed, _return_type):
 def __init__(self,script:_type_script,cwd:_type_cwd,builds:_type_builds=_dflt_builds,artifacts:_type_artifacts=_dflt_artifacts,removed:_type_removed=_dflt_removed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'script',script)
  __dataclass_builtins_object__.__setattr__(self,'cwd',cwd)
  __dataclass_builtins_object__.__setattr__(self,'builds',builds)
  __dataclass_builtins_object__.__setattr__(self,'artifacts',artifacts)
  __dataclass_builtins_object__.__setattr__(self,'removed',removed)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_script, _type_cwd, _type_builds, _type_containers, _type_extractions, _type_host_steps, _type_docker_uses, _type_assignments, _type_diagnostics, _type_sites, _type_extraction_attempts, _type_status_checks, _type_called, _type_sourced, _type_function_calls, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_builds, _dflt_containers, _dflt_extractions, _dflt_host_steps, _dflt_docker_uses, _dflt_assignments, _dflt_diagnostics, _dflt_sites, _dflt_extraction_attempts, _dflt_status_checks, _dflt_called, _dflt_sourced, _dflt_function_calls, _return_type):
 def __init__(self,script:_type_script,cwd:_type_cwd,builds:_type_builds=_HAS_DEFAULT_FACTORY,containers:_type_containers=_HAS_DEFAULT_FACTORY,extractions:_type_extractions=_HAS_DEFAULT_FACTORY,host_steps:_type_host_steps=_HAS_DEFAULT_FACTORY,docker_uses:_type_docker_uses=_HAS_DEFAULT_FACTORY,assignments:_type_assignments=_HAS_DEFAULT_FACTORY,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,sites:_type_sites=_HAS_DEFAULT_FACTORY,extraction_attempts:_type_extraction_attempts=_dflt_extraction_attempts,status_checks:_type_status_checks=_HAS_DEFAULT_FACTORY,called:_type_called=_HAS_DEFAULT_FACTORY,sourced:_type_sourced=_HAS_DEFAULT_FACTORY,function_calls:_type_function_calls=_HAS_DEFAULT_FACTORY)->_return_type:
  self.script=script
  self.cwd=cwd
  self.builds=_dflt_builds() if builds is _HAS_DEFAULT_FACTORY else builds
  self.containers=_dflt_containers() if containers is _HAS_DEFAULT_FACTORY else containers
  self.extractions=_dflt_extractions() if extractions is _HAS_DEFAULT_FACTORY else extractions
  self.host_steps=_dflt_host_steps() if host_steps is _HAS_DEFAULT_FACTORY else host_steps
  self.docker_uses=_dflt_docker_uses() if docker_uses is _HAS_DEFAULT_FACTORY else docker_uses
  self.assignments=_dflt_assignments() if assignments is _HAS_DEFAULT_FACTORY else assignments
  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics
  self.sites=_dflt_sites() if sites is _HAS_DEFAULT_FACTORY else sites
  self.extraction_attempts=extraction_attempts
  self.status_checks=_dflt_status_checks() if status_checks is _HAS_DEFAULT_FACTORY else status_checks
  self.called=_dflt_called() if called is _HAS_DEFAULT_FACTORY else called
  self.sourced=_dflt_sourced() if sourced is _HAS_DEFAULT_FACTORY else sourced
  self.function_calls=_dflt_function_calls() if function_calls is _HAS_DEFAULT_FACTORY else function_calls
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_script, _type_new_files, _type_diagnostics, _type_summary, _type_cwd, _type_info, _type_entry, _type_called, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_new_files, _dflt_diagnostics, _dflt_summary, _dflt_cwd, _dflt_info, _dflt_entry, _dflt_called, _return_type):
 def __init__(self,script:_type_script,new_files:_type_new_files=_HAS_DEFAULT_FACTORY,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,summary:_type_summary=_HAS_DEFAULT_FACTORY,cwd:_type_cwd=_dflt_cwd,info:_type_info=_dflt_info,entry:_type_entry=_dflt_entry,called:_type_called=_HAS_DEFAULT_FACTORY)->_return_type:
  self.script=script
  self.new_files=_dflt_new_files() if new_files is _HAS_DEFAULT_FACTORY else new_files
  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics
  self.summary=_dflt_summary() if summary is _HAS_DEFAULT_FACTORY else summary
  self.cwd=cwd
  self.info=info
  self.entry=entry
  self.called=_dflt_called() if called is _HAS_DEFAULT_FACTORY else called
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_scripts, _type_dockerfiles, _type_makefiles, _type_others, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_scripts, _dflt_dockerfiles, _dflt_makefiles, _dflt_others, _return_type):
 def __init__(self,scripts:_type_scripts=_HAS_DEFAULT_FACTORY,dockerfiles:_type_dockerfiles=_HAS_DEFAULT_FACTORY,makefiles:_type_makefiles=_HAS_DEFAULT_FACTORY,others:_type_others=_HAS_DEFAULT_FACTORY)->_return_type:
  self.scripts=_dflt_scripts() if scripts is _HAS_DEFAULT_FACTORY else scripts
  self.dockerfiles=_dflt_dockerfiles() if dockerfiles is _HAS_DEFAULT_FACTORY else dockerfiles
  self.makefiles=_dflt_makefiles() if makefiles is _HAS_DEFAULT_FACTORY else makefiles
  self.others=_dflt_others() if others is _HAS_DEFAULT_FACTORY else others
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_selected, _type_tally, _type_mode, _type_seconds, _type_jobs, _type_interrupted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_interrupted, _return_type):
 def __init__(self,selected:_type_selected,tally:_type_tally,mode:_type_mode,seconds:_type_seconds,jobs:_type_jobs,interrupted:_type_interrupted=_dflt_interrupted)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'selected',selected)
  __dataclass_builtins_object__.__setattr__(self,'tally',tally)
  __dataclass_builtins_object__.__setattr__(self,'mode',mode)
  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)
  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)
  __dataclass_builtins_object__.__setattr__(self,'interrupted',interrupted)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_site, _type_call, _type_dockerfile, _type_context, _type_tags, _type_build_args, _type_target, _type_platform, _type_cwd, _type_problem, _type_argv, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problem, _dflt_argv, _return_type):
 def __init__(self,site:_type_site,call:_type_call,dockerfile:_type_dockerfile,context:_type_context,tags:_type_tags,build_args:_type_build_args,target:_type_target,platform:_type_platform,cwd:_type_cwd,problem:_type_problem=_dflt_problem,argv:_type_argv=_HAS_DEFAULT_FACTORY)->_return_type:
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
  self.argv=_dflt_argv() if argv is _HAS_DEFAULT_FACTORY else argv
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_site, _type_call, _type_images, _type_containers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,site:_type_site,call:_type_call,images:_type_images,containers:_type_containers)->_return_type:
  self.site=site
  self.call=call
  self.images=images
  self.containers=containers
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_site, _type_container, _type_src, _type_dest, _type_outcome, _type_via, _type_dest_state, _type_also, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_via, _dflt_dest_state, _dflt_also, _return_type):
 def __init__(self,site:_type_site,container:_type_container,src:_type_src,dest:_type_dest,outcome:_type_outcome,via:_type_via=_dflt_via,dest_state:_type_dest_state=_dflt_dest_state,also:_type_also=_HAS_DEFAULT_FACTORY)->_return_type:
  self.site=site
  self.container=container
  self.src=src
  self.dest=dest
  self.outcome=outcome
  self.via=via
  self.dest_state=dest_state
  self.also=_dflt_also() if also is _HAS_DEFAULT_FACTORY else also
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_site, _type_name, _type_args, _type_paths, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,site:_type_site,name:_type_name,args:_type_args,paths:_type_paths)->_return_type:
  self.site=site
  self.name=name
  self.args=args
  self.paths=paths
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_site, _type_name, _type_image, _type_build, _type_ran, _type_ref, _type_command, _type_auto_remove, _type_call, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ref, _dflt_command, _dflt_auto_remove, _dflt_call, _return_type):
 def __init__(self,site:_type_site,name:_type_name,image:_type_image,build:_type_build,ran:_type_ran,ref:_type_ref=_dflt_ref,command:_type_command=_HAS_DEFAULT_FACTORY,auto_remove:_type_auto_remove=_dflt_auto_remove,call:_type_call=_dflt_call)->_return_type:
  self.site=site
  self.name=name
  self.image=image
  self.build=build
  self.ran=ran
  self.ref=ref
  self.command=_dflt_command() if command is _HAS_DEFAULT_FACTORY else command
  self.auto_remove=auto_remove
  self.call=call
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_site, _type_names, _type_exported, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,site:_type_site,names:_type_names,exported:_type_exported)->_return_type:
  self.site=site
  self.names=names
  self.exported=exported
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_source, _type_text, _type_instructions, _type_directives, _type_directive_end, _type_escape, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,source:_type_source,text:_type_text,instructions:_type_instructions,directives:_type_directives,directive_end:_type_directive_end,escape:_type_escape)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'instructions',instructions)
  __dataclass_builtins_object__.__setattr__(self,'directives',directives)
  __dataclass_builtins_object__.__setattr__(self,'directive_end',directive_end)
  __dataclass_builtins_object__.__setattr__(self,'escape',escape)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_stage_name, _type_keep_legacy_files, _type_exclude, _type_advisories, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stage_name, _dflt_keep_legacy_files, _dflt_exclude, _dflt_advisories, _dflt_source, _return_type):
 def __init__(self,stage_name:_type_stage_name=_dflt_stage_name,keep_legacy_files:_type_keep_legacy_files=_dflt_keep_legacy_files,exclude:_type_exclude=_dflt_exclude,advisories:_type_advisories=_dflt_advisories,source:_type_source=_dflt_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'stage_name',stage_name)
  __dataclass_builtins_object__.__setattr__(self,'keep_legacy_files',keep_legacy_files)
  __dataclass_builtins_object__.__setattr__(self,'exclude',exclude)
  __dataclass_builtins_object__.__setattr__(self,'advisories',advisories)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_end, _type_assigns, _type_words, _type_redirects, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_redirects, _return_type):
 def __init__(self,start:_type_start,end:_type_end,assigns:_type_assigns,words:_type_words,redirects:_type_redirects=_dflt_redirects)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'assigns',assigns)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
  __dataclass_builtins_object__.__setattr__(self,'redirects',redirects)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_end, _type_body, _type_subshell, _type_recipe, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_recipe, _return_type):
 def __init__(self,start:_type_start,end:_type_end,body:_type_body,subshell:_type_subshell,recipe:_type_recipe=_dflt_recipe)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'subshell',subshell)
  __dataclass_builtins_object__.__setattr__(self,'recipe',recipe)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_end, _type_branches, _type_orelse, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end,branches:_type_branches,orelse:_type_orelse)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'branches',branches)
  __dataclass_builtins_object__.__setattr__(self,'orelse',orelse)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_end, _type_items, _type_negated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_negated, _return_type):
 def __init__(self,start:_type_start,end:_type_end,items:_type_items,negated:_type_negated=_dflt_negated)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'negated',negated)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_end, _type_items, _type_ops, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end,items:_type_items,ops:_type_ops)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'ops',ops)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_end, _type_kind, _type_refusal, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_refusal, _return_type):
 def __init__(self,start:_type_start,end:_type_end,kind:_type_kind,refusal:_type_refusal=_dflt_refusal)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'refusal',refusal)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_end, _type_kind, _type_var, _type_items, _type_cond, _type_body, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end,kind:_type_kind,var:_type_var,items:_type_items,cond:_type_cond,body:_type_body)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'var',var)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'cond',cond)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_end, _type_name, _type_body, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end,name:_type_name,body:_type_body)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_end, _type_name, _type_value, _type_append, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_append, _return_type):
 def __init__(self,start:_type_start,end:_type_end,name:_type_name,value:_type_value,append:_type_append=_dflt_append)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'append',append)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_end, _type_op, _type_target, _type_heredoc_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heredoc_end, _return_type):
 def __init__(self,start:_type_start,end:_type_end,op:_type_op,target:_type_target,heredoc_end:_type_heredoc_end=_dflt_heredoc_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'heredoc_end',heredoc_end)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_end, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _return_type):
 def __init__(self,start:_type_start,end:_type_end,text:_type_text=_dflt_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_end, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_end, _type_text, _type_call, _type_source, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_call, _dflt_source, _return_type):
 def __init__(self,start:_type_start,end:_type_end,text:_type_text,call:_type_call=_dflt_call,source:_type_source=_dflt_source)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'call',call)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_start, _type_inner_start, _type_inner_end, _type_quoted, _type_backquote, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,inner_start:_type_inner_start,inner_end:_type_inner_end,quoted:_type_quoted,backquote:_type_backquote)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'inner_start',inner_start)
  __dataclass_builtins_object__.__setattr__(self,'inner_end',inner_end)
  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)
  __dataclass_builtins_object__.__setattr__(self,'backquote',backquote)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_stmts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_stmts, _return_type):
 def __init__(self,stmts:_type_stmts=_dflt_stmts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'stmts',stmts)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_targets, _type_prereqs, _type_recipe, _type_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_recipe, _dflt_line, _return_type):
 def __init__(self,targets:_type_targets,prereqs:_type_prereqs,recipe:_type_recipe=_HAS_DEFAULT_FACTORY,line:_type_line=_dflt_line)->_return_type:
  self.targets=targets
  self.prereqs=prereqs
  self.recipe=_dflt_recipe() if recipe is _HAS_DEFAULT_FACTORY else recipe
  self.line=line
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_text, _type_body, _type_heredocs, _type_cmdsubs, _type_parser, _type_make, _type_make_vars, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_heredocs, _dflt_cmdsubs, _dflt_parser, _dflt_make, _dflt_make_vars, _return_type):
 def __init__(self,text:_type_text,body:_type_body,heredocs:_type_heredocs=_HAS_DEFAULT_FACTORY,cmdsubs:_type_cmdsubs=_HAS_DEFAULT_FACTORY,parser:_type_parser=_dflt_parser,make:_type_make=_dflt_make,make_vars:_type_make_vars=_dflt_make_vars)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'heredocs',_dflt_heredocs() if heredocs is _HAS_DEFAULT_FACTORY else heredocs)
  __dataclass_builtins_object__.__setattr__(self,'cmdsubs',_dflt_cmdsubs() if cmdsubs is _HAS_DEFAULT_FACTORY else cmdsubs)
  __dataclass_builtins_object__.__setattr__(self,'parser',parser)
  __dataclass_builtins_object__.__setattr__(self,'make',make)
  __dataclass_builtins_object__.__setattr__(self,'make_vars',make_vars)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_text, _type_quoted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,quoted:_type_quoted)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_text, _type_quoted, _type_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _return_type):
 def __init__(self,text:_type_text,quoted:_type_quoted,name:_type_name=_dflt_name)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'quoted',quoted)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_text, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,start:_type_start,end:_type_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_text, _type_variables, _type_rules, _type_default, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_variables, _dflt_rules, _dflt_default, _return_type):
 def __init__(self,text:_type_text,variables:_type_variables=_HAS_DEFAULT_FACTORY,rules:_type_rules=_HAS_DEFAULT_FACTORY,default:_type_default=_dflt_default)->_return_type:
  self.text=text
  self.variables=_dflt_variables() if variables is _HAS_DEFAULT_FACTORY else variables
  self.rules=_dflt_rules() if rules is _HAS_DEFAULT_FACTORY else rules
  self.default=default
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_type, _type_mode, _type_uid, _type_gid, _type_link, _type_device, _type_sha256, _type_size, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_link, _dflt_device, _dflt_sha256, _dflt_size, _return_type):
 def __init__(self,type:_type_type,mode:_type_mode,uid:_type_uid,gid:_type_gid,link:_type_link=_dflt_link,device:_type_device=_dflt_device,sha256:_type_sha256=_dflt_sha256,size:_type_size=_dflt_size)->_return_type:
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


def __create_fn__(_type_value, _type_word, _type_exact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_exact, _return_type):
 def __init__(self,value:_type_value,word:_type_word,exact:_type_exact=_dflt_exact)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'word',word)
  __dataclass_builtins_object__.__setattr__(self,'exact',exact)
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(_type_verb, _type_opts, _type_flags, _type_positionals, _type_problem, _type_subcommand_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_opts, _dflt_flags, _dflt_positionals, _dflt_problem, _dflt_subcommand_end, _return_type):
 def __init__(self,verb:_type_verb,opts:_type_opts=_HAS_DEFAULT_FACTORY,flags:_type_flags=_HAS_DEFAULT_FACTORY,positionals:_type_positionals=_HAS_DEFAULT_FACTORY,problem:_type_problem=_dflt_problem,subcommand_end:_type_subcommand_end=_dflt_subcommand_end)->_return_type:
  self.verb=verb
  self.opts=_dflt_opts() if opts is _HAS_DEFAULT_FACTORY else opts
  self.flags=_dflt_flags() if flags is _HAS_DEFAULT_FACTORY else flags
  self.positionals=_dflt_positionals() if positionals is _HAS_DEFAULT_FACTORY else positionals
  self.problem=problem
  self.subcommand_end=subcommand_end
 return __init__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('at','prefix','sep','suffix',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('bin_dir','log','label',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('builder','archive','index',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','message','offset','hint','extraction',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','message','path','line','col','hint',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','severity','title','hint',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('col','word','path','artifact',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('command','unit','scope','order','source','script',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('dockerfile','stage','context','merged',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('event','phase','data',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('globals','sub','rest',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('host','container','merged',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('host','container','stage','dockerfile','context','merged',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('index','count',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('index','item','reason','seconds',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('index','name','base','from_','body',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('index','value',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','default',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('keyword','start','end','line','tokens','heredoc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('keywords','buildargs','has_buildargs','flags',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','argv','env','store','runroot','buildah',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('location','container_path','host_path','stage','consumer','copy_from',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('mode','patch_dir','allow_dirty',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','op','arg','quoted','start','end','arg_start',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('outcome','blockers',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','field','legacy','migrated',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','old','new','mode',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','raw','mode','_line_starts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('pattern','regex','negate',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('pieces',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('reason',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('repo','outcome','changes','diagnostics','summary','entrypoint','entry_cwd','flows','advisories',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('repo','status','engine','migration','differences','legacy_image','migrated_image','timings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('role','location','dockerfile','context','tags','build_args','target','stage',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('roots','from_file','mode','jobs','timeout','results','retry_failed','shard','patch_dir','fmt','quiet','verbose','allow_dirty',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('script','cwd','builds','artifacts','removed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('selected','tally','mode','seconds','jobs','interrupted',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','text','instructions','directives','directive_end','escape',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('stage_name','keep_legacy_files','exclude','advisories','source',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','assigns','words','redirects',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','body','subshell','recipe',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','branches','orelse',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','items','negated',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','items','ops',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','kind','refusal',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','kind','var','items','cond','body',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','name','body',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','name','value','append',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','op','target','heredoc_end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','text','call','source',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','inner_start','inner_end','quoted','backquote',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('stmts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','body','heredocs','cmdsubs','parser','make','make_vars',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','quoted','name',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','quoted',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','start','end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('type','mode','uid','gid','link','device','sha256','size',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','word','exact',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('at','prefix','sep','suffix',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('bin_dir','log','label',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('builder','archive','index',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','message','offset','hint','extraction',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','message','path','line','col','hint',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','severity','title','hint',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('col','word','path','artifact',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('command','unit','scope','order','source','script',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('dockerfile','stage','context','merged',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('event','phase','data',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('globals','sub','rest',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('host','container','merged',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('host','container','stage','dockerfile','context','merged',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('index','count',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('index','item','reason','seconds',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('index','name','base','from_','body',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('index','value',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','default',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('keyword','start','end','line','tokens','heredoc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('keywords','buildargs','has_buildargs','flags',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','argv','env','store','runroot','buildah',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('location','container_path','host_path','stage','consumer','copy_from',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('mode','patch_dir','allow_dirty',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','op','arg','quoted','start','end','arg_start',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('outcome','blockers',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','field','legacy','migrated',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','old','new','mode',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','raw','mode','_line_starts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('pattern','regex','negate',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('pieces',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('reason',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('repo','outcome','changes','diagnostics','summary','entrypoint','entry_cwd','flows','advisories',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('repo','status','engine','migration','differences','legacy_image','migrated_image','timings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('role','location','dockerfile','context','tags','build_args','target','stage',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('roots','from_file','mode','jobs','timeout','results','retry_failed','shard','patch_dir','fmt','quiet','verbose','allow_dirty',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('script','cwd','builds','artifacts','removed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('selected','tally','mode','seconds','jobs','interrupted',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','text','instructions','directives','directive_end','escape',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('stage_name','keep_legacy_files','exclude','advisories','source',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','assigns','words','redirects',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','body','subshell','recipe',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','branches','orelse',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','items','negated',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','items','ops',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','kind','refusal',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','kind','var','items','cond','body',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','name','body',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','name','value','append',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','op','target','heredoc_end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','text','call','source',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','inner_start','inner_end','quoted','backquote',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('stmts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','body','heredocs','cmdsubs','parser','make','make_vars',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','quoted','name',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','quoted',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','start','end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('type','mode','uid','gid','link','device','sha256','size',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)


def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','word','exact',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODES.append(__create_fn__.__code__)
