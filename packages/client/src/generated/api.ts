/* Generated from the server's /api/openapi.json by `pnpm client:generate`. Do not edit by hand. */
export interface paths {
    "/api/admin/attachments/sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sweep uploads older than attachmentOrphanHours (default 24) that no request, draft or record names, in two phases: unmarked ones are marked, ones marked at least attachmentSweepMarginMinutes (15) ago and still unnamed are deleted (at most 2000 looked at per call); answers { checked, marked, deleted, deletedBytes, held, kept, olderThan }; one audit row */
        post: operations["postApiAdminAttachmentsSweep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/attachments/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attachment storage per uploader: files and bytes, held by a request, draft or record vs pending (top 50 by bytes) and totals */
        get: operations["getApiAdminAttachmentsUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every table of the store as one JSON export, streamed (a consistent snapshot) */
        get: operations["getApiAdminExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outbox rows waiting for delivery (newest first, limit 100) */
        get: operations["getApiAdminOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cron-scheduled triggers with their next run and last result */
        get: operations["getApiAdminSchedules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/schedules/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fire the cron-scheduled triggers that are due now */
        post: operations["postApiAdminSchedulesRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/timers/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fire the timers that are due now (timeouts, delays) */
        post: operations["postApiAdminTimersRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per flow the caller manages: started, finished by outcome, approval rate, median and p90 duration, running, overdue tasks (from, to: YYYY-MM-DD (local days, to inclusive) or RFC 3339; tz: IANA zone, default UTC; default range: the last 30 days) */
        get: operations["getApiAnalyticsDefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/definitions/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One flow: summary, per-node tasks and decision times, bottlenecks by node and by approver, daily trend (from, to: YYYY-MM-DD (local days, to inclusive) or RFC 3339; tz: IANA zone, default UTC; default range: the last 30 days) */
        get: operations["getApiAnalyticsDefinitionsKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/definitions/{key}/stuck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Running requests of a flow waiting longest, oldest first (node, approver: filters; limit: 1-100, default 20) */
        get: operations["getApiAnalyticsDefinitionsKeyStuck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search archived requests the caller may see (q, definition, category, status, initiator, from, to; cursor, limit) */
        get: operations["getApiArchive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/archive/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export archived requests the caller may see as CSV or JSON (format=csv|json, same filters as search; at most 10000 rows) */
        get: operations["getApiArchiveExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file as the raw body (query: name; definition and field for that attachment field's maxSizeMB and accept). The type is sniffed from the bytes (PDF, PNG, JPEG, GIF, WebP, zip, docx / xlsx / pptx, UTF-8 .txt / .csv). 413 too large (default 10 MiB) or over the uploader's quota of unused uploads (upload-quota), 429 too many uploads this hour (upload-rate), 415 a type not allowed. Answers the field value { id, name, size, contentType } */
        post: operations["postApiAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment (those who may see a request holding it in a field not hidden from them; the uploader while no request holds it); 404 otherwise */
        get: operations["getApiAttachmentsId"];
        put?: never;
        post?: never;
        /** Delete one of your uploads that no request or record holds (a draft naming it keeps a dangling entry): 204; 409 attachment-held when a request or record names it; 404 when it is not yours or does not exist */
        delete: operations["deleteApiAttachmentsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/mine/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your uploads no request or record holds yet (what the upload quota counts; files named only by a draft included), newest first, at most 200: { items: [{ id, name, size, contentType, createdAt }], truncated, pendingFiles, pendingBytes, quotaBytes, clearedAfterHours } */
        get: operations["getApiAttachmentsMinePending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit rows, newest first (filters: actor, action, subject, from, to; cursor, limit) */
        get: operations["getApiAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walk the hash chain; reports the first edited or missing row */
        get: operations["getApiAuditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Password login; returns a session token */
        post: operations["postApiAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getApiAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API tokens (never their secrets) */
        get: operations["getApiAuthTokens"];
        put?: never;
        /** Create an API token; the secret is in this response only */
        post: operations["postApiAuthTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token (own, or any as admin) */
        delete: operations["deleteApiAuthTokensId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Definitions I may start (members) or manage (designers); filter: status=active|inactive|archived|deleted, q */
        get: operations["getApiDefinitions"];
        put?: never;
        /** Create a definition from a workflow document (validated and linted) */
        post: operations["postApiDefinitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A definition with its draft (ETag header for If-Match) */
        get: operations["getApiDefinitionsKey"];
        put?: never;
        post?: never;
        /** Move an inactive or archived definition to the recycle bin */
        delete: operations["deleteApiDefinitionsKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Allow new requests again */
        post: operations["postApiDefinitionsKeyActivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive an inactive definition with no running requests */
        post: operations["postApiDefinitionsKeyArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop new requests: drain (running ones finish) or cancel (running ones are terminated, people notified) */
        post: operations["postApiDefinitionsKeyDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Semantic diff between two versions (?from=N&to=M; "draft" names the draft) */
        get: operations["getApiDefinitionsKeyDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the draft; needs If-Match with the ETag it was based on (412 when someone else saved); a draft with managedBy "git" takes saves only with Baton-Managed-Push: git (409 managed-by-git) */
        put: operations["putApiDefinitionsKeyDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy the draft under a new key (the copy is not managed in git) */
        post: operations["postApiDefinitionsKeyDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The canonical file of the latest version (or ?version=N, or ?version=draft) */
        get: operations["getApiDefinitionsKeyExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a requester needs to start one: the latest version's form and its data JSON Schema (only for those who may start it) */
        get: operations["getApiDefinitionsKeyForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What deactivating would touch: running requests per node, pending tasks per approver, records, dependent flows */
        get: operations["getApiDefinitionsKeyImpact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The approval path of a request before it is submitted: who approves each step and why (latest version, caller as initiator, everyone approving; nothing written) */
        post: operations["postApiDefinitionsKeyPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the draft as the next immutable version (If-Match optional; a draft managed in git is published only by the push, Baton-Managed-Push: git, else 409 managed-by-git) */
        post: operations["postApiDefinitionsKeyPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/purge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete for good a definition in the recycle bin that no request refers to */
        delete: operations["deleteApiDefinitionsKeyPurge"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a definition out of the recycle bin */
        post: operations["postApiDefinitionsKeyRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The flow's saved scenarios */
        get: operations["getApiDefinitionsKeyScenarios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save a scenario (create or replace) under an id */
        put: operations["putApiDefinitionsKeyScenariosId"];
        post?: never;
        /** Delete a scenario */
        delete: operations["deleteApiDefinitionsKeyScenariosId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/scenarios/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the flow's scenarios on the draft or a version with the live org (no side effects) */
        post: operations["postApiDefinitionsKeyScenariosRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Who may start and who may manage this definition */
        put: operations["putApiDefinitionsKeyScopes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Walk the draft or a version without side effects: path, assignees with explanations, effects */
        post: operations["postApiDefinitionsKeySimulate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring an archived definition back (inactive) */
        post: operations["postApiDefinitionsKeyUnarchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published versions, newest first */
        get: operations["getApiDefinitionsKeyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published version (frozen) */
        get: operations["getApiDefinitionsKeyVersionsVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/versions/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy a version into the draft (the versions themselves never change; a draft managed in git changes only by the push: 409 managed-by-git) */
        post: operations["postApiDefinitionsKeyVersionsVersionRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a workflow file by key: creates the definition, or replaces its draft (If-Match optional; a draft managed in git needs Baton-Managed-Push: git) */
        post: operations["postApiDefinitionsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interactive API reference (HTML) */
        get: operations["getApiDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/app.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Script of the API reference page */
        get: operations["getApiDocsAppJs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: 200 when the store answers */
        get: operations["getApiHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbound-hooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inbound webhooks (never their secrets) */
        get: operations["getApiInboundHooks"];
        put?: never;
        /** Create an inbound webhook (start a flow, or upsert a record by an external id); the whsec_ secret is in this response only */
        post: operations["postApiInboundHooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbound-hooks/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an inbound webhook */
        delete: operations["deleteApiInboundHooksKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbound/{hookKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A signed delivery (Standard Webhooks headers): starts the hook's flow with `data`, or upserts its record type with `values`; 401 on a missing or wrong signature or a timestamp outside five minutes */
        post: operations["postApiInboundHookKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/cc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inbox: cc (filters: definition, status, from, to, q; cursor, limit) */
        get: operations["getApiInboxCc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many items each inbox view holds */
        get: operations["getApiInboxCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inbox: done (filters: definition, status, from, to, q; cursor, limit) */
        get: operations["getApiInboxDone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inbox: started (filters: definition, status, from, to, q; cursor, limit) */
        get: operations["getApiInboxStarted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/todo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inbox: todo (filters: definition, status, from, to, q; cursor, limit) */
        get: operations["getApiInboxTodo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a request of the latest published version */
        post: operations["postApiInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request as the caller may see it: data (hidden fields removed), graph with node states, timeline, tasks with assignee explanations, allowed actions */
        get: operations["getApiInstancesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a finished request now (admins and the flow's managers) */
        post: operations["postApiInstancesIdArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/cc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request action: cc */
        post: operations["postApiInstancesIdCc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/comment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request action: comment */
        post: operations["postApiInstancesIdComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/remove-signer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request action: remove-signer */
        post: operations["postApiInstancesIdRemoveSigner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request action: resubmit */
        post: operations["postApiInstancesIdResubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request action: terminate */
        post: operations["postApiInstancesIdTerminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore an archived request to the live lists (admins) */
        post: operations["postApiInstancesIdUnarchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request action: urge */
        post: operations["postApiInstancesIdUrge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request action: withdraw */
        post: operations["postApiInstancesIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first (unread=true|false, cursor, limit 1-100), titled in the language asked for (Accept-Language, else my email language, else zh-CN) */
        get: operations["getApiNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read (404 when it is not mine) */
        post: operations["postApiNotificationsIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: operations["postApiNotificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notification settings (the language of my emails) */
        get: operations["getApiNotificationsSettings"];
        /** Set the language of my notification emails */
        put: operations["putApiNotificationsSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my notifications are unread (polled by the bell) */
        get: operations["getApiNotificationsUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document */
        get: operations["getApiOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List departments (a tree by parent) */
        get: operations["getApiOrgDepartments"];
        put?: never;
        /** Create a department */
        post: operations["postApiOrgDepartments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a department (name, parent, head) */
        put: operations["putApiOrgDepartmentsId"];
        post?: never;
        /** Delete an empty department */
        delete: operations["deleteApiOrgDepartmentsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The org as an org.schema.json document */
        get: operations["getApiOrgExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import users, departments and roles from JSON (org.schema.json) or CSV (text/csv, one user per row); returns a report of rejected rows */
        post: operations["postApiOrgImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List org roles with member counts */
        get: operations["getApiOrgRoles"];
        put?: never;
        /** Create an org role */
        post: operations["postApiOrgRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename an org role */
        put: operations["putApiOrgRolesId"];
        post?: never;
        /** Delete an org role (members lose it) */
        delete: operations["deleteApiOrgRolesId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (filters: q, department, role) */
        get: operations["getApiOrgUsers"];
        put?: never;
        /** Create a user */
        post: operations["postApiOrgUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: operations["getApiOrgUsersId"];
        put?: never;
        post?: never;
        /** Deactivate a user (kept for history; gets no new tasks) */
        delete: operations["deleteApiOrgUsersId"];
        options?: never;
        head?: never;
        /** Change a user */
        patch: operations["patchApiOrgUsersId"];
        trace?: never;
    };
    "/api/record-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Record types: key, names, fields, title field, access rules, triggers */
        get: operations["getApiRecordTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/record-types/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One record type (ETag header for If-Match) */
        get: operations["getApiRecordTypesKey"];
        /** Create or replace a record type (record-type.schema.json; 422 naming the field); If-Match: the ETag it was based on (412 record-type-changed when it changed since), If-None-Match: * to only create (412 record-type-exists); the typed client always sends one, the studio may send neither */
        put: operations["putApiRecordTypesKey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Records of a type the caller may read, newest first (q, owner (a user id or "me"); cursor, limit) */
        get: operations["getApiRecordsType"];
        put?: never;
        /** Create a record (values checked against the type; owner = caller unless an admin names one) */
        post: operations["postApiRecordsType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{type}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A record with its field locks and pending change requests (ETag = revision) */
        get: operations["getApiRecordsTypeId"];
        put?: never;
        post?: never;
        /** Delete a record (soft, audited; refused while a change request is pending; If-Match optional) */
        delete: operations["deleteApiRecordsTypeId"];
        options?: never;
        head?: never;
        /** Change fields of a record (If-Match: its ETag; a field locked by a change request answers 409 field-locked) */
        patch: operations["patchApiRecordsTypeId"];
        trace?: never;
    };
    "/api/records/{type}/{id}/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request a change: start a change-request flow with the record and a patch; the patched fields are locked until it finishes */
        post: operations["postApiRecordsTypeIdChangeRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{type}/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A record's audit trail, newest first: creates, edits, applied change requests (before/after), deletes */
        get: operations["getApiRecordsTypeIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{type}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import records from CSV (header = field keys); report of rejected rows (row, field, reason); accepted rows written in one transaction */
        post: operations["postApiRecordsTypeImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/request-drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved request drafts */
        get: operations["getApiRequestDrafts"];
        put?: never;
        /** Save a request draft */
        post: operations["postApiRequestDrafts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/request-drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my request drafts */
        get: operations["getApiRequestDraftsId"];
        /** Replace one of my request drafts */
        put: operations["putApiRequestDraftsId"];
        post?: never;
        /** Discard one of my request drafts */
        delete: operations["deleteApiRequestDraftsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/add-signer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Task action: add-signer (only the current assignee) */
        post: operations["postApiTasksIdAddSigner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Task action: approve (only the current assignee) */
        post: operations["postApiTasksIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Task action: complete (only the current assignee) */
        post: operations["postApiTasksIdComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Task action: delegate (only the current assignee) */
        post: operations["postApiTasksIdDelegate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/edit-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Task action: edit-fields (only the current assignee) */
        post: operations["postApiTasksIdEditFields"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Task action: reject (only the current assignee) */
        post: operations["postApiTasksIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Task action: return (only the current assignee) */
        post: operations["postApiTasksIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/take-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Task action: take-back (only the current assignee) */
        post: operations["postApiTasksIdTakeBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Task action: transfer (only the current assignee) */
        post: operations["postApiTasksIdTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/batch-approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve up to 100 of the caller's tasks, each in its own transaction; a result per task (needs-input, not-assignee... when refused) */
        post: operations["postApiTasksBatchApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The template gallery: key, version, category, tags, names, parameters, README, and the definitions installed from each */
        get: operations["getApiTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One template with its workflow (graph and form, for preview) and README */
        get: operations["getApiTemplatesKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/{key}/install": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Install a template as a new definition with parameters (422 naming /params/<name> for bad answers; 409 when the key is taken); optionally publish it */
        post: operations["postApiTemplatesKeyInstall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook subscriptions (never their secrets) */
        get: operations["getApiWebhooks"];
        put?: never;
        /** Subscribe a URL to event types; the signing secret is in this response only */
        post: operations["postApiWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a subscription; its waiting deliveries are cancelled */
        delete: operations["deleteApiWebhooksId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery log of a subscription, newest first (status, attempts, last error, response code) */
        get: operations["getApiWebhooksIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries/{delivery}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a delivery again (same webhook-id, fresh attempts) */
        post: operations["postApiWebhooksIdDeliveriesDeliveryRedeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * API token
         * @description Creates an API token for integrations; the secret is shown once.
         */
        "api.api-token-create": {
            /** @description What the token is for. */
            name: string;
        };
        /**
         * Deactivate definition
         * @description Stops new requests of a flow; running ones drain or are cancelled.
         */
        "api.definition-deactivate": {
            /**
             * @description drain: running requests finish, no new ones start; cancel: running requests are terminated and their people notified.
             * @enum {string}
             */
            policy: "drain" | "cancel";
            /** @description Why, told to the people whose requests are cancelled. */
            reason?: string;
        };
        /**
         * Duplicate definition
         * @description Copies a definition's draft under a new key.
         */
        "api.definition-duplicate": {
            /** @description The new key. */
            key: components["schemas"]["common.Key"];
            /** @description The new name (default: the old name with "(copy)"). */
            name?: components["schemas"]["common.I18nText"];
        };
        /**
         * Definition scopes
         * @description Who may start and who may manage one definition, on top of the platform roles.
         */
        "api.definition-scopes": {
            /** @description Designers who may edit, publish and deactivate it (admins always may; empty means every designer). */
            manage?: {
                /** @description Members of these org roles. */
                roles?: components["schemas"]["common.Key"][];
                /** @description These users. */
                users?: components["schemas"]["common.UserId"][];
            };
            /** @description Who may start requests (replaces the flow's own starters when set). */
            start?: {
                /** @description Members of these departments and their sub-departments. */
                departments?: components["schemas"]["common.Key"][];
                /** @description Anyone may start it. */
                everyone?: boolean;
                /** @description Members of these org roles. */
                roles?: components["schemas"]["common.Key"][];
                /** @description These users. */
                users?: components["schemas"]["common.UserId"][];
            };
        };
        /**
         * Simulate definition
         * @description Walks a version (or the draft) without side effects: who would approve and why, the path taken, the effects that would run.
         */
        "api.definition-simulate": {
            /** @description The form data, by field key. */
            data: Record<string, never>;
            /** @description By node id: the decision at every visit, or one per visit in order (default: every task approved or completed). */
            decisions?: {
                [key: string]: ("approve" | "reject" | "return" | "complete") | ("approve" | "reject" | "return" | "complete")[];
            };
            /** @description Who submits (default: the caller). */
            initiator?: components["schemas"]["common.UserId"];
            /** @description Assignees picked by the initiator, by node id. */
            selections?: {
                [key: string]: components["schemas"]["common.UserId"][];
            };
            /** @description The published version to walk, or "draft" (the default). */
            version?: number | "draft";
        };
        /**
         * Department
         * @description Creates or replaces a department.
         */
        "api.department-write": {
            /** @description The head of the department, or null for none. */
            head?: components["schemas"]["common.UserId"] | null;
            /** @description The department key (on create). */
            id?: components["schemas"]["common.Key"];
            /** @description Display name. */
            name: string;
            /** @description The parent department, or null for a top department. */
            parent?: components["schemas"]["common.Key"] | null;
        };
        /**
         * Error
         * @description Every error response of the API: a stable code, the message in English and Chinese, and where in the request the problem is.
         */
        "api.error": {
            /** @description The error. */
            error: {
                /** @description Stable, machine-readable code such as "validation-failed", "not-assignee" or "draft-changed". */
                code: string;
                /** @description More facts: every validation problem, the current ETag, the refused command. */
                details?: unknown;
                /** @description What went wrong, for people. */
                message: {
                    /** @description English. */
                    en: string;
                    /** @description Simplified Chinese (简体中文). */
                    "zh-CN": string;
                };
                /** @description JSON Pointer into the request body (or the named input) where the problem is. */
                pointer?: string;
            };
        };
        /**
         * Inbound webhook
         * @description Creates a signed inbound webhook at POST /api/inbound/<key>: senders sign per Standard Webhooks with the hook's whsec_ secret; each delivery starts a flow or upserts a record.
         */
        "api.inbound-hook-create": {
            /** @description What a delivery does. */
            action: {
                /** @description The flow key. */
                definition: components["schemas"]["common.Key"];
                /**
                 * @description Start a flow.
                 * @constant
                 */
                type: "start-flow";
            } | {
                /** @description The field whose value identifies the record in the sending system. */
                externalIdField: components["schemas"]["common.FieldKey"];
                /** @description The record type. */
                recordType: components["schemas"]["common.Key"];
                /**
                 * @description Upsert a record.
                 * @constant
                 */
                type: "upsert-record";
            };
            /** @description The hook's key, the last segment of its URL. */
            key: components["schemas"]["common.Key"];
            /** @description The user deliveries act as (initiator of started flows, owner of created records); default: the creating admin. */
            runAs?: components["schemas"]["common.UserId"];
            /** @description A signing secret to use (whsec_ followed by base64); one is generated when absent. */
            secret?: string;
        };
        /**
         * Request action
         * @description An action on a whole request: withdraw, resubmit, urge, comment, cc, terminate, remove-signer.
         */
        "api.instance-action": {
            /** @description A comment shown on the timeline. */
            comment?: string;
            /** @description For resubmit: the corrected form data. */
            data?: Record<string, never>;
            /** @description For remove-signer: the node whose added signers are removed. */
            node?: string;
            /** @description For terminate: why. */
            reason?: string;
            /** @description For urge and comment: the task it is about (optional). */
            task?: string;
            /** @description For cc and remove-signer: the users. */
            users?: components["schemas"]["common.UserId"][];
        };
        /**
         * Start request
         * @description Starts a request of the latest published version of a flow.
         */
        "api.instance-start": {
            /** @description The form data, by field key; checked against the version's form. */
            data: Record<string, never>;
            /** @description The flow key. */
            definition: components["schemas"]["common.Key"];
            /** @description A saved request draft to consume (deleted on success). */
            draft?: string;
            /** @description Refused here (422 use-change-requests): record changes are proposed with POST /api/records/:type/:id/change-requests, which locks the fields and reads the stored record. */
            patch?: Record<string, never>;
            /** @description The stored CRM record the request is about, by id (and type). The server reads it, refuses one the caller may not read (404), and uses its stored owner and values; owner and values sent here are ignored. */
            record?: {
                /** @description The record's id in the CRM. */
                id: string;
                /** @description The record owner (for record-owner assignees). */
                owner?: components["schemas"]["common.UserId"];
                /** @description The record type (default: the flow's record type). */
                type?: components["schemas"]["common.Key"];
                /** @description The record's current field values. */
                values?: Record<string, never>;
            };
            /** @description Assignees picked by the initiator (发起人自选), by node id. */
            selections?: {
                [key: string]: components["schemas"]["common.UserId"][];
            };
        };
        /**
         * Login
         * @description Password login.
         */
        "api.login": {
            /** @description The password. */
            password: string;
            /** @description The user's login key. */
            username: string;
        };
        /**
         * Notification settings
         * @description The caller's own notification settings.
         */
        "api.notification-settings": {
            /**
             * @description The language of the caller's notification emails.
             * @enum {string}
             */
            locale: "zh-CN" | "en";
        };
        /**
         * Request a change to a record
         * @description Starts a change-request flow (one whose record.changeSet names the fields it may change) about the record in the path; the patched fields are locked until the request finishes.
         */
        "api.record-change-request": {
            /** @description The flow's form data; fields it leaves out are pre-filled from the record and the patch. */
            data?: Record<string, never>;
            /** @description The change-request flow's key. */
            definition: components["schemas"]["common.Key"];
            /** @description The proposed new values, by field key; applied only when the request is approved. */
            patch: Record<string, never>;
        };
        /**
         * Edit a record
         * @description Changes some fields of a record (send If-Match with its ETag); fields not named keep their values, null clears one.
         */
        "api.record-patch": {
            /** @description A new owner (admins and the owner's managers). */
            owner?: components["schemas"]["common.UserId"];
            /** @description The changed field values, by field key (null clears a field). */
            values?: Record<string, never>;
        };
        /**
         * Create a record
         * @description Creates a CRM record of the type in the path; the values are checked against the record type's fields.
         */
        "api.record-write": {
            /** @description The owner (admins only; others own what they create). */
            owner?: components["schemas"]["common.UserId"];
            /** @description The field values, by field key. */
            values: Record<string, never>;
        };
        /**
         * Request draft
         * @description A saved, unsubmitted request.
         */
        "api.request-draft": {
            /** @description The form data, by field key; checked against the version's form. */
            data: Record<string, never>;
            /** @description The flow key. */
            definition: components["schemas"]["common.Key"];
        };
        /**
         * Preview a request's approval path
         * @description Before submitting: who would approve each step of the latest version, and why, for the caller as the initiator with this form data, if everyone approves.
         */
        "api.request-preview": {
            /** @description The form data, by field key (checked against the version's form like a start). */
            data: Record<string, never>;
            /** @description For steps whose approvers the initiator picks: the users picked, by node id. */
            selections?: {
                [key: string]: components["schemas"]["common.UserId"][];
            };
        };
        /**
         * Role
         * @description Creates or renames an org role.
         */
        "api.role-write": {
            /** @description The role key (on create). */
            id?: components["schemas"]["common.Key"];
            /** @description Display name. */
            name?: string;
        };
        /**
         * Run scenarios
         * @description Runs a flow's saved scenarios through the engine against the server's org, without side effects.
         */
        "api.scenario-run": {
            /** @description Only these scenarios (default: all of the flow's scenarios). */
            ids?: string[];
            /** @description The published version to run against, or "draft" (the default). */
            version?: number | "draft";
        };
        /**
         * Task action
         * @description A decision or change on one task: approve, reject, return, transfer, delegate, add or remove signers, take back.
         */
        "api.task-action": {
            /** @description A comment shown on the timeline. */
            comment?: string;
            /** @description Values of fields this step may edit. */
            data?: Record<string, never>;
            /**
             * @description For add-signer: before (they act first), after (they act next) or parallel (alongside).
             * @enum {string}
             */
            position?: "before" | "after" | "parallel";
            /** @description Assignees this approver picks for the next step, by node id. */
            selections?: {
                [key: string]: components["schemas"]["common.UserId"][];
            };
            /** @description For return: the node id to return to (or "initiator"); for transfer and delegate: the user. */
            to?: string;
            /** @description For add-signer and remove-signer: the users. */
            users?: components["schemas"]["common.UserId"][];
        };
        /**
         * Batch approve
         * @description Approve several of the caller's tasks at once (批量审批). Each task is its own command: one refusal undoes nothing else.
         */
        "api.task-batch-approve": {
            /** @description One comment recorded on every approval. */
            comment?: string;
            /** @description The task ids to approve, each once, at most 100. */
            tasks: string[];
        };
        /**
         * Install template
         * @description Installs a gallery template as a new definition: the parameters are checked against the template's parameter schema and the org, then written at the places the template binds them.
         */
        "api.template-install": {
            /** @description The new definition's key (default: the template's workflow key); needed when that key is taken. */
            key?: components["schemas"]["common.Key"];
            /** @description The installer's answers, by parameter name (missing ones take the template's defaults). */
            params?: Record<string, never>;
            /** @description Also publish the installed draft as version 1 (default: false, the draft only). */
            publish?: boolean;
        };
        /**
         * Create user
         * @description Adds a user to the org directory.
         */
        "api.user-create": {
            /** @description Inactive users cannot log in and get no tasks. */
            active?: boolean;
            /** @description Their department. */
            department?: components["schemas"]["common.Key"];
            /**
             * Format: email
             * @description Email address.
             */
            email?: string;
            /** @description The user's login key. */
            id: components["schemas"]["common.UserId"];
            /** @description Their direct manager. */
            manager?: components["schemas"]["common.UserId"];
            /** @description Display name. */
            name: string;
            /** @description Out-of-office rules: tasks for this user go to `delegate` between `from` and `to`. */
            outOfOffice?: {
                /** @description Who takes their tasks meanwhile. */
                delegate: components["schemas"]["common.UserId"];
                /**
                 * Format: date-time
                 * @description Start (RFC 3339).
                 */
                from: string;
                /**
                 * Format: date-time
                 * @description End (RFC 3339).
                 */
                to: string;
            }[];
            /** @description A new password (at least 8 characters). */
            password?: string;
            /** @description Their org roles (by key). */
            roles?: components["schemas"]["common.Key"][];
            /**
             * @description Platform role: admin (everything), designer (definitions), member (requests and tasks).
             * @enum {string}
             */
            systemRole?: "admin" | "designer" | "member";
        };
        /**
         * Update user
         * @description Changes some fields of a user; absent fields stay as they are.
         */
        "api.user-update": {
            /** @description Inactive users cannot log in and get no tasks. */
            active?: boolean;
            /** @description Their department. null clears it. */
            department?: components["schemas"]["common.Key"] | null;
            /** @description Email address. null clears it. */
            email?: string | null;
            /** @description Their direct manager. null clears it. */
            manager?: components["schemas"]["common.UserId"] | null;
            /** @description Display name. */
            name?: string;
            /** @description Out-of-office rules: tasks for this user go to `delegate` between `from` and `to`. */
            outOfOffice?: {
                /** @description Who takes their tasks meanwhile. */
                delegate: components["schemas"]["common.UserId"];
                /**
                 * Format: date-time
                 * @description Start (RFC 3339).
                 */
                from: string;
                /**
                 * Format: date-time
                 * @description End (RFC 3339).
                 */
                to: string;
            }[];
            /** @description A new password (at least 8 characters). */
            password?: string;
            /** @description Their org roles (by key). */
            roles?: components["schemas"]["common.Key"][];
            /**
             * @description Platform role: admin (everything), designer (definitions), member (requests and tasks).
             * @enum {string}
             */
            systemRole?: "admin" | "designer" | "member";
        };
        /**
         * Webhook subscription
         * @description Subscribes a URL to event types; deliveries are signed per Standard Webhooks with the subscription's whsec_ secret.
         */
        "api.webhook-create": {
            /** @description What the subscription is for. */
            description?: string;
            /** @description Event types to deliver, or "*" for all. */
            events: ("*" | "task.created" | "task.closed" | "instance.approved" | "instance.rejected" | "instance.completed" | "instance.withdrawn" | "instance.terminated" | "instance.returned")[];
            /** @description A signing secret to use (whsec_ followed by base64); one is generated when absent. */
            secret?: string;
            /** @description Where deliveries are POSTed (http or https; the SSRF guard checks the address at connect time). */
            url: string;
        };
        /**
         * Baton common definitions
         * @description Shapes shared by every Baton file: bilingual text, keys, durations, CEL expressions, assignee rules and value sources.
         */
        common: unknown;
        /**
         * @description Who a task goes to. Rules that name roles, departments and relations are portable between environments; literal users are resolved through the environment mapping.
         * @example {
         *       "type": "role",
         *       "role": "finance-lead"
         *     }
         * @example {
         *       "type": "manager-chain",
         *       "to": 2
         *     }
         */
        "common.AssigneeRule": components["schemas"]["common.UsersAssignee"] | components["schemas"]["common.RoleAssignee"] | components["schemas"]["common.DepartmentHeadAssignee"] | components["schemas"]["common.ManagerAssignee"] | components["schemas"]["common.ManagerChainAssignee"] | components["schemas"]["common.FormFieldAssignee"] | components["schemas"]["common.RecordOwnerAssignee"] | components["schemas"]["common.InitiatorAssignee"] | components["schemas"]["common.InitiatorSelectsAssignee"] | components["schemas"]["common.PreviousApproverSelectsAssignee"];
        /**
         * @description A CEL (Common Expression Language) expression. Form fields are variables by their key; `vars.<name>` are the declared variables, `initiator` the requester (id, department, roles) and `record` the linked record. Type-checked before publishing; no loops, no side effects.
         * @example amount > vars.threshold
         * @example discount >= 0.2 && customer_tier != "strategic"
         */
        "common.CelExpression": string;
        /** @description The head of a department: a named one, or the initiator's own department walked up `level` steps (1 = the initiator's department). */
        "common.DepartmentHeadAssignee": {
            /** @description A named department; omit it to use the initiator's department. */
            department?: components["schemas"]["common.Key"];
            /**
             * @description How many levels up from the department (1 = the department itself).
             * @default 1
             */
            level: number;
            /**
             * @description Which assignee rule this is.
             * @constant
             */
            type: "department-head";
        };
        /**
         * Format: duration
         * @description An ISO-8601 duration such as "PT4H" (4 hours), "P2D" (2 days) or "P1W" (1 week).
         * @example PT4H
         * @example P2D
         * @example P1DT12H
         */
        "common.Duration": string;
        /**
         * @description The key of a form field or variable: a CEL identifier (letters, digits and "_", starting with a letter), so conditions can name it directly.
         * @example amount
         * @example discount_rate
         */
        "common.FieldKey": string;
        /**
         * @description Per form field, what this step may do with it: "read", "edit" or "hidden" (not sent to the user at all). Fields not listed are read-only.
         * @example {
         *       "discount": "edit",
         *       "cost_price": "hidden"
         *     }
         */
        "common.FieldPermissions": {
            [key: string]: "read" | "edit" | "hidden";
        };
        /** @description The user(s) chosen in a user field of the form, or the head of the department chosen in a department field. */
        "common.FormFieldAssignee": {
            /** @description The key of a user or department field. */
            field: components["schemas"]["common.FieldKey"];
            /**
             * @description Which assignee rule this is.
             * @constant
             */
            type: "form-field";
        };
        /**
         * @description Longer text shown to people (descriptions, help, email bodies), in English and Simplified Chinese.
         * @example {
         *       "en": "Checks the discount against the margin policy.",
         *       "zh-CN": "按毛利政策核对折扣。"
         *     }
         */
        "common.I18nLongText": {
            /** @description English text. */
            en?: string;
            /** @description Simplified Chinese text (简体中文). */
            "zh-CN"?: string;
        };
        /**
         * @description Text shown to people, in English and Simplified Chinese. At least one language is required; the UI falls back to the other.
         * @example {
         *       "en": "Finance review",
         *       "zh-CN": "财务审核"
         *     }
         */
        "common.I18nText": {
            /** @description English text. */
            en?: string;
            /** @description Simplified Chinese text (简体中文). */
            "zh-CN"?: string;
        };
        /** @description The initiator themself (for handler tasks such as "upload the signed contract"). */
        "common.InitiatorAssignee": {
            /**
             * @description Which assignee rule this is.
             * @constant
             */
            type: "initiator";
        };
        /** @description The initiator picks the assignee when submitting (发起人自选). */
        "common.InitiatorSelectsAssignee": {
            /** @description Limit the choice to members of these roles; omit to allow anyone. */
            among?: components["schemas"]["common.Key"][];
            /**
             * @description Whether several users may be picked.
             * @default false
             */
            multiple: boolean;
            /**
             * @description Which assignee rule this is.
             * @constant
             */
            type: "initiator-selects";
        };
        /**
         * @description A stable, human-readable key: lower case letters, digits and hyphens, starting with a letter. Never a database id.
         * @example discount-approval
         * @example finance-lead
         */
        "common.Key": string;
        /** @description The initiator's manager at exactly `level` (1 = direct manager, 2 = manager's manager). */
        "common.ManagerAssignee": {
            /**
             * @description Which level of manager (1 = direct manager).
             * @default 1
             */
            level: number;
            /**
             * @description Which assignee rule this is.
             * @constant
             */
            type: "manager";
        };
        /** @description Consecutive managers of the initiator (连续多级主管), one after another from the direct manager up to `to` levels, or to the top of the org. */
        "common.ManagerChainAssignee": {
            /** @description The last level: a number of levels, or "top" for the top of the chain. */
            to: number | "top";
            /**
             * @description Which assignee rule this is.
             * @constant
             */
            type: "manager-chain";
        };
        /**
         * @description The id of a node: stable across versions so diffs, analytics and tests can key on it. Letters, digits, "_" and "-", starting with a letter.
         * @example manager
         * @example finance_review
         */
        "common.NodeId": string;
        /** @description The approver of the previous step picks who approves this one. */
        "common.PreviousApproverSelectsAssignee": {
            /** @description Limit the choice to members of these roles; omit to allow anyone. */
            among?: components["schemas"]["common.Key"][];
            /**
             * @description Whether several users may be picked.
             * @default false
             */
            multiple: boolean;
            /**
             * @description Which assignee rule this is.
             * @constant
             */
            type: "previous-approver-selects";
        };
        /** @description The owner of the record the request is about. */
        "common.RecordOwnerAssignee": {
            /**
             * @description Which assignee rule this is.
             * @constant
             */
            type: "record-owner";
        };
        /** @description Every member of a role. */
        "common.RoleAssignee": {
            /** @description The role key, such as "finance-lead". */
            role: components["schemas"]["common.Key"];
            /**
             * @description Which assignee rule this is.
             * @constant
             */
            type: "role";
        };
        /**
         * @description A user reference: the user's stable login key in the org directory (portable between environments through a mapping file).
         * @example alice
         * @example li.lei
         */
        "common.UserId": string;
        /** @description Named users. */
        "common.UsersAssignee": {
            /**
             * @description Which assignee rule this is.
             * @constant
             */
            type: "users";
            /** @description The users, by key. */
            users: components["schemas"]["common.UserId"][];
        };
        /**
         * @description Where a value comes from: a literal, a form field, or a CEL expression.
         * @example {
         *       "field": "discount"
         *     }
         * @example {
         *       "value": "approved"
         *     }
         * @example {
         *       "cel": "amount * 0.9"
         *     }
         */
        "common.ValueSource": {
            /** @description The value. */
            value: unknown;
        } | {
            /** @description The form field key. */
            field: components["schemas"]["common.FieldKey"];
        } | {
            cel: components["schemas"]["common.CelExpression"];
        };
        /**
         * Baton form
         * @description The form a request carries: the fields a requester fills in and approvers see. It compiles to a JSON Schema for the request data.
         * @example {
         *       "fields": [
         *         {
         *           "key": "amount",
         *           "type": "money",
         *           "label": {
         *             "en": "Amount",
         *             "zh-CN": "金额"
         *           },
         *           "required": true,
         *           "currency": "CNY"
         *         },
         *         {
         *           "key": "reason",
         *           "type": "textarea",
         *           "label": {
         *             "en": "Reason",
         *             "zh-CN": "事由"
         *           },
         *           "maxLength": 2000
         *         }
         *       ]
         *     }
         */
        form: {
            /** @description The fields, in display order. */
            fields: components["schemas"]["form.Field"][];
        };
        /** @description Uploaded files (the value is a list of file references kept by the server). */
        "form.AttachmentField": {
            /** @description Allowed file extensions or MIME types, such as ".pdf" or "image/*". */
            accept?: string[];
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /**
             * @description Most files.
             * @default 10
             */
            maxFiles: number;
            /**
             * @description Largest size of one file, in MB.
             * @default 20
             */
            maxSizeMB: number;
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "attachment";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
        };
        /** @description A yes / no switch. */
        "form.BooleanField": {
            /** @description The initial value. */
            default?: boolean;
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "boolean";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
        };
        /** @description One column of a detail table: any field type except another detail table. */
        "form.ColumnField": components["schemas"]["form.TextField"] | components["schemas"]["form.TextareaField"] | components["schemas"]["form.NumberField"] | components["schemas"]["form.MoneyField"] | components["schemas"]["form.BooleanField"] | components["schemas"]["form.DateField"] | components["schemas"]["form.DateRangeField"] | components["schemas"]["form.SelectField"] | components["schemas"]["form.MultiSelectField"] | components["schemas"]["form.UserField"] | components["schemas"]["form.DepartmentField"] | components["schemas"]["form.RecordLinkField"] | components["schemas"]["form.AttachmentField"] | components["schemas"]["form.FormulaField"];
        /** @description A calendar date (YYYY-MM-DD). */
        "form.DateField": {
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /**
             * Format: date
             * @description Latest date (YYYY-MM-DD).
             */
            maximum?: string;
            /**
             * Format: date
             * @description Earliest date (YYYY-MM-DD).
             */
            minimum?: string;
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "date";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
            /**
             * @description Also ask for the time of day; the value is then an RFC 3339 date-time.
             * @default false
             */
            withTime: boolean;
        };
        /** @description A start and end date; the value is {"start": date, "end": date}. */
        "form.DateRangeField": {
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "date-range";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
            /**
             * @description Also ask for the time of day.
             * @default false
             */
            withTime: boolean;
        };
        /** @description A department from the org directory (the value is the department key, or a list with `multiple`). */
        "form.DepartmentField": {
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /**
             * @description Allow several departments.
             * @default false
             */
            multiple: boolean;
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "department";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
        };
        /** @description A table of rows (明细), such as order lines; each row has the columns below. The value is a list of row objects. */
        "form.DetailTableField": {
            /** @description The columns of each row. Tables cannot be nested. */
            columns: components["schemas"]["form.ColumnField"][];
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /**
             * @description Most rows.
             * @default 200
             */
            maxRows: number;
            /** @description Fewest rows. */
            minRows?: number;
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "detail-table";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
        };
        /** @description One form field. Its `type` decides which other properties apply. */
        "form.Field": components["schemas"]["form.TextField"] | components["schemas"]["form.TextareaField"] | components["schemas"]["form.NumberField"] | components["schemas"]["form.MoneyField"] | components["schemas"]["form.BooleanField"] | components["schemas"]["form.DateField"] | components["schemas"]["form.DateRangeField"] | components["schemas"]["form.SelectField"] | components["schemas"]["form.MultiSelectField"] | components["schemas"]["form.UserField"] | components["schemas"]["form.DepartmentField"] | components["schemas"]["form.RecordLinkField"] | components["schemas"]["form.AttachmentField"] | components["schemas"]["form.DetailTableField"] | components["schemas"]["form.FormulaField"];
        /** @description A computed value (read-only): a CEL expression over other fields, recomputed as the form changes and on the server. */
        "form.FormulaField": {
            /** @description The formula, such as "quantity * unit_price" or "lines.map(l, l.amount).sum()". */
            expression: components["schemas"]["common.CelExpression"];
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /** @description Decimal places kept for a number or money result. */
            precision?: number;
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The type of the result.
             * @default number
             * @enum {string}
             */
            resultType: "number" | "money" | "text" | "boolean";
            /**
             * @description The field type.
             * @constant
             */
            type: "formula";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
        };
        /** @description An amount of money. */
        "form.MoneyField": {
            /**
             * @description ISO 4217 currency code.
             * @default CNY
             * @example CNY
             * @example USD
             * @example EUR
             */
            currency: string;
            /** @description The initial amount. */
            default?: number;
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /** @description Largest amount. */
            maximum?: number;
            /** @description Smallest amount. */
            minimum?: number;
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /**
             * @description Decimal places kept.
             * @default 2
             */
            precision: number;
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "money";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
        };
        /** @description Several choices from a list. */
        "form.MultiSelectField": {
            /** @description The initially selected values. */
            default?: string[];
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /** @description Most choices. */
            maxItems?: number;
            /** @description Fewest choices. */
            minItems?: number;
            /** @description The choices. */
            options: {
                /** @description What people see. */
                label: components["schemas"]["common.I18nText"];
                /** @description The stored value. */
                value: string;
            }[];
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "multi-select";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
        };
        /** @description A number. */
        "form.NumberField": {
            /** @description The initial value. */
            default?: number;
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /**
             * @description Whole numbers only.
             * @default false
             */
            integer: boolean;
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /** @description Largest value. */
            maximum?: number;
            /** @description Smallest value. */
            minimum?: number;
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /** @description Decimal places shown and kept. */
            precision?: number;
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "number";
            /** @description A unit shown after the value, such as "%" or "pcs". */
            unit?: components["schemas"]["common.I18nText"];
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
        };
        /** @description A link to a CRM record such as a customer or an order (the value is the record id). */
        "form.RecordLinkField": {
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /**
             * @description Allow several records.
             * @default false
             */
            multiple: boolean;
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /** @description The record type linked to, such as "customer". */
            recordType: components["schemas"]["common.Key"];
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "record-link";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
        };
        /** @description One choice from a list. */
        "form.SelectField": {
            /** @description The initially selected value. */
            default?: string;
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /** @description The choices. */
            options: {
                /** @description What people see. */
                label: components["schemas"]["common.I18nText"];
                /** @description The stored value. */
                value: string;
            }[];
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "select";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
        };
        /** @description Several lines of text. */
        "form.TextareaField": {
            /** @description The initial value. */
            default?: string;
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /** @description Most characters. */
            maxLength?: number;
            /** @description Fewest characters. */
            minLength?: number;
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "textarea";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
        };
        /** @description A single line of text. */
        "form.TextField": {
            /** @description The initial value. */
            default?: string;
            /**
             * @description A built-in format check.
             * @enum {string}
             */
            format?: "email" | "phone" | "url";
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /** @description Most characters. */
            maxLength?: number;
            /** @description Fewest characters. */
            minLength?: number;
            /** @description A regular expression the value must match (ECMAScript syntax). */
            pattern?: string;
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "text";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
        };
        /** @description A person from the org directory (the value is the user key, or a list with `multiple`). */
        "form.UserField": {
            /** @description Help text shown under the field. */
            help?: components["schemas"]["common.I18nLongText"];
            /** @description The field key: the name of the value in the request data and in CEL conditions. Stable across versions. */
            key: components["schemas"]["common.FieldKey"];
            /** @description The label shown beside the field. */
            label: components["schemas"]["common.I18nText"];
            /**
             * @description Allow several users.
             * @default false
             */
            multiple: boolean;
            /** @description Placeholder shown in an empty input. */
            placeholder?: components["schemas"]["common.I18nText"];
            /**
             * @description Whether a value must be given to submit.
             * @default false
             */
            required: boolean;
            /**
             * @description The field type.
             * @constant
             */
            type: "user";
            /** @description Show the field only when this CEL condition holds (evaluated on the form data). */
            visibleWhen?: components["schemas"]["common.CelExpression"];
        };
        /**
         * Baton org directory
         * @description An org directory: users, departments (a tree with heads) and roles. Used by scenarios, simulation and import.
         * @example {
         *       "users": [
         *         {
         *           "id": "alice",
         *           "name": "Alice",
         *           "department": "sales",
         *           "manager": "bob"
         *         },
         *         {
         *           "id": "bob",
         *           "name": "Bob",
         *           "department": "sales",
         *           "roles": [
         *             "sales-manager"
         *           ]
         *         }
         *       ],
         *       "departments": [
         *         {
         *           "id": "sales",
         *           "name": "Sales",
         *           "head": "bob"
         *         }
         *       ],
         *       "roles": [
         *         {
         *           "id": "sales-manager",
         *           "name": "Sales manager"
         *         }
         *       ]
         *     }
         */
        org: {
            /** @description The departments, a tree. */
            departments?: {
                /** @description The head of the department. */
                head?: components["schemas"]["common.UserId"];
                /** @description The department key. */
                id: components["schemas"]["common.Key"];
                /** @description Display name. */
                name: string;
                /** @description The parent department. */
                parent?: components["schemas"]["common.Key"];
            }[];
            /** @description The roles. */
            roles?: {
                /** @description The role key. */
                id: components["schemas"]["common.Key"];
                /** @description Display name. */
                name?: string;
            }[];
            /** @description The people. */
            users: {
                /**
                 * @description Inactive users get no tasks.
                 * @default true
                 */
                active: boolean;
                /** @description Their department. */
                department?: components["schemas"]["common.Key"];
                /**
                 * Format: email
                 * @description Email address.
                 */
                email?: string;
                /** @description The user key. */
                id: components["schemas"]["common.UserId"];
                /** @description Their direct manager (overrides the department head). */
                manager?: components["schemas"]["common.UserId"];
                /** @description Display name. */
                name: string;
                /** @description Out-of-office rules. */
                outOfOffice?: {
                    /** @description Who takes their tasks meanwhile. */
                    delegate: components["schemas"]["common.UserId"];
                    /**
                     * Format: date-time
                     * @description Start (RFC 3339).
                     */
                    from: string;
                    /**
                     * Format: date-time
                     * @description End (RFC 3339).
                     */
                    to: string;
                }[];
                /** @description Their roles. */
                roles?: components["schemas"]["common.Key"][];
            }[];
        };
        /**
         * Baton record type
         * @description A CRM record type (a collection) such as customer, order or contract: its fields, who may see and edit records, and the triggers that start flows.
         * @example {
         *       "key": "order",
         *       "name": {
         *         "en": "Order",
         *         "zh-CN": "订单"
         *       },
         *       "titleField": "number",
         *       "fields": [
         *         {
         *           "key": "number",
         *           "type": "text",
         *           "label": {
         *             "en": "Order number",
         *             "zh-CN": "订单号"
         *           },
         *           "required": true
         *         },
         *         {
         *           "key": "discount",
         *           "type": "number",
         *           "label": {
         *             "en": "Discount",
         *             "zh-CN": "折扣"
         *           }
         *         }
         *       ],
         *       "access": {
         *         "read": "owner",
         *         "edit": "owner"
         *       }
         *     }
         */
        "record-type": {
            /** @description Record-level rules: who sees and edits a record, beyond admins. */
            access?: {
                /**
                 * @description Who may edit, same choices as read.
                 * @default owner
                 * @enum {string}
                 */
                edit: "owner" | "department" | "everyone";
                /** @description Org roles whose members read and edit every record of this type. */
                editRoles?: components["schemas"]["common.Key"][];
                /**
                 * @description "owner": only the owner (and their managers); "department": the owner's department; "everyone".
                 * @default owner
                 * @enum {string}
                 */
                read: "owner" | "department" | "everyone";
                /** @description Org roles whose members read every record of this type, whoever owns it (such as finance or sales-ops). */
                readRoles?: components["schemas"]["common.Key"][];
            };
            /** @description The fields of a record (same field types as forms). */
            fields: components["schemas"]["form.Field"][];
            /** @description The record type key, such as "order". */
            key: components["schemas"]["common.Key"];
            /** @description The singular name. */
            name: components["schemas"]["common.I18nText"];
            /** @description The plural name for lists. */
            pluralName?: components["schemas"]["common.I18nText"];
            /** @description The field shown as the record's title. */
            titleField: components["schemas"]["common.FieldKey"];
            /** @description Record events that start a workflow. */
            triggers?: {
                /** @description Only when this holds (`record` is the record, `before` the old values on update). */
                condition?: components["schemas"]["common.CelExpression"];
                /** @description For "schedule": a cron expression (5 or 6 fields). */
                cron?: string;
                /** @description For "field-change": the field. */
                field?: components["schemas"]["common.FieldKey"];
                /**
                 * @description The event.
                 * @enum {string}
                 */
                on: "create" | "update" | "field-change" | "schedule";
                /** @description The workflow to start. */
                start: components["schemas"]["common.Key"];
                /**
                 * @description For "schedule": the IANA time zone the cron expression is read in (e.g. "Asia/Shanghai", "Europe/Berlin", "UTC"). When absent, the server's schedule time zone option (default Asia/Shanghai) applies; never the process's TZ.
                 * @example Asia/Shanghai
                 */
                timezone?: string;
            }[];
        };
        /**
         * Baton scenario
         * @description A test case for a workflow: given an org, an initiator, form data and decisions, the expected path, assignees and outcome. `baton test` runs them.
         * @example {
         *       "name": "Small discount: the manager approves",
         *       "org": "org.json",
         *       "initiator": "alice",
         *       "data": {
         *         "amount": 1200,
         *         "discount": 0.05
         *       },
         *       "steps": [
         *         {
         *           "as": "bob",
         *           "do": "approve",
         *           "node": "manager"
         *         }
         *       ],
         *       "expect": {
         *         "path": [
         *           "start",
         *           "manager",
         *           "approved"
         *         ],
         *         "assignees": {
         *           "manager": [
         *             "bob"
         *           ]
         *         },
         *         "status": "approved",
         *         "outcome": "approved"
         *       }
         *     }
         */
        scenario: {
            /** @description The form data submitted. */
            data: Record<string, never>;
            /** @description More detail. */
            description?: string;
            /** @description What must be true at the end. */
            expect: {
                /** @description Users assigned at each node (all tasks ever created there, in order). */
                assignees?: {
                    [key: string]: components["schemas"]["common.UserId"][];
                };
                /** @description Effect types that must have been emitted (such as "apply-patch", "http", "email"). */
                effects?: string[];
                /** @description Effect types that must not have been emitted. */
                noEffects?: string[];
                /**
                 * @description The outcome recorded by the end node reached.
                 * @enum {string}
                 */
                outcome?: "approved" | "rejected" | "completed";
                /** @description The nodes entered, in order (start first). */
                path?: components["schemas"]["common.NodeId"][];
                /**
                 * @description The request status.
                 * @enum {string}
                 */
                status: "running" | "returned" | "approved" | "rejected" | "withdrawn" | "terminated" | "completed";
            };
            /** @description Who starts the request. */
            initiator: components["schemas"]["common.UserId"];
            /** @description What the scenario shows, in one line. */
            name: string;
            /** @description The org: inline, or a path to an org file relative to the scenario. */
            org: components["schemas"]["org"] | string;
            /** @description Template parameter values to install with before running. */
            parameters?: Record<string, never>;
            /** @description For change-set flows: the proposed new values. */
            patch?: Record<string, never>;
            /** @description The record the request is about. */
            record?: {
                /** @description The record id. */
                id: string;
                /** @description The record owner. */
                owner?: components["schemas"]["common.UserId"];
                /** @description The record's current values. */
                values?: Record<string, never>;
            };
            /** @description Assignees picked at submit for "initiator-selects" rules, by node id. */
            selections?: {
                [key: string]: components["schemas"]["common.UserId"][];
            };
            /**
             * Format: date-time
             * @description When the request starts (RFC 3339); default 2026-01-05T09:00:00Z.
             */
            start?: string;
            /** @description What happens after submitting, in order. */
            steps?: ({
                /** @description Who acts. */
                as: components["schemas"]["common.UserId"];
                /** @description A comment. */
                comment?: string;
                /** @description Field values edited by this action (approver edits, resubmit). */
                data?: Record<string, never>;
                /**
                 * @description The command.
                 * @enum {string}
                 */
                do: "approve" | "reject" | "return" | "complete" | "transfer" | "delegate" | "add-signer" | "remove-signer" | "withdraw" | "resubmit" | "take-back" | "urge" | "comment" | "cc" | "terminate" | "edit";
                /** @description The refusal code this action must get (the scenario fails if it is accepted). */
                expect?: string;
                /** @description The node acted on (for task commands). */
                node?: components["schemas"]["common.NodeId"];
                /**
                 * @description For add-signer: before, after or in parallel with the current signer.
                 * @enum {string}
                 */
                position?: "before" | "after" | "parallel";
                /** @description The target: a user (transfer, delegate) or a node (return). */
                to?: string;
                /** @description Users added or removed (add-signer, remove-signer, cc). */
                users?: components["schemas"]["common.UserId"][];
            } | {
                /** @description How long. */
                wait: components["schemas"]["common.Duration"];
            } | {
                /** @description The automation node. */
                automation: components["schemas"]["common.NodeId"];
                /**
                 * @description Whether it succeeded.
                 * @default true
                 */
                ok: boolean;
                /** @description Its result (for HTTP, the JSON response). */
                result?: unknown;
            })[];
            /** @description The workflow file, relative to the scenario (default: the template's workflow). */
            workflow?: string;
        };
        /**
         * Baton workflow definition
         * @description One workflow: its form, its nodes and edges (the logic), its settings, and its canvas layout (kept apart from the logic).
         * @example {
         *       "key": "discount-approval",
         *       "name": {
         *         "en": "Discount approval",
         *         "zh-CN": "折扣审批"
         *       },
         *       "form": {
         *         "fields": [
         *           {
         *             "key": "amount",
         *             "type": "money",
         *             "label": {
         *               "en": "Amount",
         *               "zh-CN": "金额"
         *             },
         *             "required": true
         *           }
         *         ]
         *       },
         *       "nodes": [
         *         {
         *           "id": "start",
         *           "type": "start"
         *         },
         *         {
         *           "id": "manager",
         *           "type": "approval",
         *           "name": {
         *             "en": "Manager",
         *             "zh-CN": "主管审批"
         *           },
         *           "assignees": [
         *             {
         *               "type": "manager",
         *               "level": 1
         *             }
         *           ]
         *         },
         *         {
         *           "id": "approved",
         *           "type": "end",
         *           "outcome": "approved"
         *         }
         *       ],
         *       "edges": [
         *         {
         *           "from": "start",
         *           "to": "manager"
         *         },
         *         {
         *           "from": "manager",
         *           "to": "approved"
         *         }
         *       ],
         *       "layout": {
         *         "manager": {
         *           "x": 240,
         *           "y": 120
         *         }
         *       }
         *     }
         */
        workflow: {
            /**
             * @description The gallery and list category.
             * @enum {string}
             */
            category?: "sales" | "service" | "marketing" | "finance" | "hr" | "operations" | "data";
            /** @description What the workflow is for. */
            description?: components["schemas"]["common.I18nLongText"];
            /** @description The connections between nodes. Edges leaving an exclusive or inclusive branch carry conditions. */
            edges: components["schemas"]["workflow.Edge"][];
            /** @description The request form. */
            form: components["schemas"]["form"];
            /** @description The workflow key: stable and human, used by the API, git files and environments. */
            key: components["schemas"]["common.Key"];
            /** @description Canvas positions by node id. Kept apart from the logic: moving a node changes nothing else, and diffs ignore it. */
            layout?: {
                [key: string]: {
                    /** @description Left, in canvas pixels. */
                    x: number;
                    /** @description Top, in canvas pixels. */
                    y: number;
                };
            };
            /**
             * @description Where this flow is maintained. "git": the file in a repository is the source, pushed with `baton push`; the studio shows the flow read-only and refuses draft saves (copy it to a new key to experiment).
             * @enum {string}
             */
            managedBy?: "git";
            /** @description The workflow name. */
            name: components["schemas"]["common.I18nText"];
            /** @description The steps of the flow. Exactly one start node; at least one end node. */
            nodes: components["schemas"]["workflow.Node"][];
            /** @description The CRM record a request is about. With `changeSet`, the request carries a proposed patch to the record, applied only when the flow is approved. */
            record?: {
                /** @description This is a change request: the request proposes new values for these record fields; they are locked while it is pending. */
                changeSet?: {
                    /** @description The record fields the request may change. */
                    fields: components["schemas"]["common.FieldKey"][];
                };
                /** @description The record type, such as "order". */
                type: components["schemas"]["common.Key"];
            };
            settings?: components["schemas"]["workflow.Settings"];
            /** @description Free tags for search. */
            tags?: string[];
            /** @description The gallery template this flow was installed from. */
            template?: {
                /** @description The template key. */
                key: components["schemas"]["common.Key"];
                /** @description The template version (semver). */
                version: string;
            };
            /**
             * @description Declared variables: constants a flow is tuned with (thresholds, bound to template parameters) and values automations store. Conditions read them as `vars.<name>`.
             * @example {
             *       "threshold": {
             *         "type": "number",
             *         "value": 50000,
             *         "description": {
             *           "en": "Amount that needs a director",
             *           "zh-CN": "需总监审批的金额"
             *         }
             *       }
             *     }
             */
            variables?: {
                [key: string]: {
                    /** @description What it means. */
                    description?: components["schemas"]["common.I18nText"];
                    /**
                     * @description Its type.
                     * @enum {string}
                     */
                    type: "number" | "string" | "boolean" | "list" | "map";
                    /** @description Its value (a constant), or the initial value. */
                    value?: unknown;
                };
            };
        };
        /** @description An approval step (审批): its assignees approve or reject. */
        "workflow.ApprovalNode": {
            /** @description Who gets the task. Rules are resolved in order and their users joined (after dedupe). */
            assignees: components["schemas"]["common.AssigneeRule"][];
            /** @description The buttons this node offers its assignees. Default: approve, reject, return, transfer, add-signer, comment. */
            buttons?: ("approve" | "reject" | "return" | "transfer" | "delegate" | "add-signer" | "remove-signer" | "comment" | "cc" | "take-back")[];
            /** @description Actions that require a comment. */
            commentRequired?: ("approve" | "reject" | "return")[];
            /** @description Notes for designers and approvers. */
            description?: components["schemas"]["common.I18nLongText"];
            /**
             * @description What happens when the assignee rules find nobody: approve automatically, send to the flow admins, or reject.
             * @enum {string}
             */
            emptyAssignees?: "auto-approve" | "admin" | "reject";
            /** @description What this node's assignees may do with each form field. */
            fieldPermissions?: components["schemas"]["common.FieldPermissions"];
            /** @description The node id: unique in the flow and stable across versions. */
            id: components["schemas"]["common.NodeId"];
            /**
             * @description What happens when the initiator is among the assignees: approve their own step automatically, pass it to their direct manager, or require them to act like anyone else.
             * @enum {string}
             */
            initiatorIsAssignee?: "auto-approve" | "skip-to-manager" | "require";
            /**
             * @description How several assignees decide: one after another (依次), all must approve (会签), any one decides (或签), or a vote by ratio (票签).
             * @default any
             * @enum {string}
             */
            mode: "sequential" | "all" | "any" | "vote";
            /** @description The name shown on the canvas, in the timeline and in diffs. */
            name?: components["schemas"]["common.I18nText"];
            /** @description Where a rejection leads (default: end the request as rejected). */
            onReject?: {
                /** @description The step to go back to when `to` is "node". */
                node?: components["schemas"]["common.NodeId"];
                /**
                 * @description "end": the request is rejected; "previous": back to the previous step; "node": back to `node`; "initiator": back to the initiator to edit and resubmit.
                 * @enum {string}
                 */
                to: "end" | "previous" | "node" | "initiator";
            };
            /** @description For "vote": the share of approvals needed to pass, such as 0.6; the step is rejected as soon as passing is impossible. */
            passRatio?: number;
            /** @description Timeouts on each task of this node. */
            timeouts?: {
                /**
                 * @description What to do: remind the assignee, approve or reject on their behalf, reassign to `to`, or escalate to the assignee's manager.
                 * @enum {string}
                 */
                action: "remind" | "auto-approve" | "auto-reject" | "reassign" | "escalate";
                /** @description How long after the task was created. */
                after: components["schemas"]["common.Duration"];
                /** @description Repeat a reminder. */
                repeat?: {
                    /** @description Interval between repeats. */
                    every: components["schemas"]["common.Duration"];
                    /** @description Most repeats. */
                    max: number;
                };
                /** @description New assignees for "reassign". */
                to?: components["schemas"]["common.AssigneeRule"][];
            }[];
            /**
             * @description The node type.
             * @constant
             */
            type: "approval";
        };
        /** @description Assign the record's owner from a pool, in turn (round robin). */
        "workflow.AssignOwnerAction": {
            /** @description The candidates. */
            pool: components["schemas"]["common.AssigneeRule"][];
            /** @description A variable that receives the chosen user. */
            saveAs?: components["schemas"]["common.FieldKey"];
            /**
             * @description How to pick.
             * @default round-robin
             * @enum {string}
             */
            strategy: "round-robin";
            /**
             * @description The automation.
             * @constant
             */
            type: "assign-owner";
        };
        /** @description What an automation step does. */
        "workflow.AutomationAction": components["schemas"]["workflow.UpdateRecordAction"] | components["schemas"]["workflow.CreateRecordAction"] | components["schemas"]["workflow.HttpAction"] | components["schemas"]["workflow.EmailAction"] | components["schemas"]["workflow.NotifyAction"] | components["schemas"]["workflow.AssignOwnerAction"];
        /** @description An automatic step: updates or creates a record, calls an HTTP endpoint, sends an email or an in-app notice, or assigns an owner. It runs outside the engine and its result comes back before the flow goes on. */
        "workflow.AutomationNode": {
            action: components["schemas"]["workflow.AutomationAction"];
            /** @description Notes for designers and approvers. */
            description?: components["schemas"]["common.I18nLongText"];
            /** @description The node id: unique in the flow and stable across versions. */
            id: components["schemas"]["common.NodeId"];
            /** @description The name shown on the canvas, in the timeline and in diffs. */
            name?: components["schemas"]["common.I18nText"];
            /**
             * @description When the automation fails for good (after retries): continue the flow, or terminate the request.
             * @default terminate
             * @enum {string}
             */
            onFailure: "continue" | "terminate";
            /**
             * @description The node type.
             * @constant
             */
            type: "automation";
        };
        /** @description Copy (抄送): the recipients are notified and can read the request; the flow does not wait. */
        "workflow.CcNode": {
            /** @description Who receives it. */
            assignees: components["schemas"]["common.AssigneeRule"][];
            /** @description Notes for designers and approvers. */
            description?: components["schemas"]["common.I18nLongText"];
            /** @description What this node's assignees may do with each form field. */
            fieldPermissions?: components["schemas"]["common.FieldPermissions"];
            /** @description The node id: unique in the flow and stable across versions. */
            id: components["schemas"]["common.NodeId"];
            /** @description The name shown on the canvas, in the timeline and in diffs. */
            name?: components["schemas"]["common.I18nText"];
            /**
             * @description The node type.
             * @constant
             */
            type: "cc";
        };
        /** @description Create a record. */
        "workflow.CreateRecordAction": {
            /** @description The record type to create. */
            recordType: components["schemas"]["common.Key"];
            /** @description A variable that receives the new record's id. */
            saveAs?: components["schemas"]["common.FieldKey"];
            /**
             * @description The automation.
             * @constant
             */
            type: "create-record";
            /** @description Its values, by record field. */
            values: {
                [key: string]: components["schemas"]["common.ValueSource"];
            };
        };
        /** @description Waits for a duration, or until a date in the form (plus an offset), then continues. */
        "workflow.DelayNode": {
            /** @description Notes for designers and approvers. */
            description?: components["schemas"]["common.I18nLongText"];
            /** @description How long to wait. */
            duration?: components["schemas"]["common.Duration"];
            /** @description The node id: unique in the flow and stable across versions. */
            id: components["schemas"]["common.NodeId"];
            /** @description The name shown on the canvas, in the timeline and in diffs. */
            name?: components["schemas"]["common.I18nText"];
            /**
             * @description The node type.
             * @constant
             */
            type: "delay";
            /** @description Wait until the date in a form field, shifted by `offset`. */
            until?: {
                /** @description A date field. */
                field: components["schemas"]["common.FieldKey"];
                /** @description An ISO-8601 duration added to the date; prefix "-" to go earlier. */
                offset?: string;
            };
        } & (unknown | unknown);
        /**
         * @description A connection from one node to another.
         * @example {
         *       "from": "amount_check",
         *       "to": "director",
         *       "condition": "amount > vars.threshold",
         *       "priority": 1,
         *       "label": {
         *         "en": "Large",
         *         "zh-CN": "大额"
         *       }
         *     }
         */
        "workflow.Edge": {
            /** @description For edges leaving an exclusive or inclusive branch: when this edge is taken. */
            condition?: components["schemas"]["common.CelExpression"];
            /** @description The edge taken when no condition holds. One per branch. */
            default?: boolean;
            /** @description The node it leaves. */
            from: components["schemas"]["common.NodeId"];
            /** @description An optional stable id, so diffs can name the edge. */
            id?: components["schemas"]["common.NodeId"];
            /** @description The branch name shown on the canvas, such as "Over 50,000". */
            label?: components["schemas"]["common.I18nText"];
            /** @description Among the edges of one branch, lower numbers are tried first. */
            priority?: number;
            /** @description The node it enters. */
            to: components["schemas"]["common.NodeId"];
        };
        /** @description Send an email. */
        "workflow.EmailAction": {
            /** @description The body; {{field}} placeholders are replaced by form values. */
            body: components["schemas"]["common.I18nLongText"];
            /** @description The subject; {{field}} placeholders are replaced by form values. */
            subject: components["schemas"]["common.I18nText"];
            /** @description Who receives it. */
            to: components["schemas"]["common.AssigneeRule"][];
            /**
             * @description The automation.
             * @constant
             */
            type: "email";
        };
        /** @description The end of a path, with the outcome it records. */
        "workflow.EndNode": {
            /** @description Notes for designers and approvers. */
            description?: components["schemas"]["common.I18nLongText"];
            /** @description The node id: unique in the flow and stable across versions. */
            id: components["schemas"]["common.NodeId"];
            /** @description The name shown on the canvas, in the timeline and in diffs. */
            name?: components["schemas"]["common.I18nText"];
            /**
             * @description The outcome: "approved", "rejected" or "completed" (for flows that are not approvals).
             * @default approved
             * @enum {string}
             */
            outcome: "approved" | "rejected" | "completed";
            /**
             * @description The node type.
             * @constant
             */
            type: "end";
        };
        /** @description An exclusive branch (条件分支): the first outgoing edge (by priority) whose condition holds is taken; otherwise the default edge. */
        "workflow.ExclusiveNode": {
            /** @description Notes for designers and approvers. */
            description?: components["schemas"]["common.I18nLongText"];
            /** @description The node id: unique in the flow and stable across versions. */
            id: components["schemas"]["common.NodeId"];
            /** @description The name shown on the canvas, in the timeline and in diffs. */
            name?: components["schemas"]["common.I18nText"];
            /**
             * @description The node type.
             * @constant
             */
            type: "exclusive";
        };
        /** @description A handler task (办理): its assignees do something and mark it complete (no yes / no). */
        "workflow.HandlerNode": {
            /** @description Who gets the task. Rules are resolved in order and their users joined (after dedupe). */
            assignees: components["schemas"]["common.AssigneeRule"][];
            /** @description The buttons this node offers its assignees. Default: complete, return, transfer, comment. */
            buttons?: ("complete" | "return" | "transfer" | "delegate" | "add-signer" | "remove-signer" | "comment" | "cc" | "take-back")[];
            /** @description Actions that require a comment. */
            commentRequired?: ("complete" | "return")[];
            /** @description Notes for designers and approvers. */
            description?: components["schemas"]["common.I18nLongText"];
            /**
             * @description What happens when the assignee rules find nobody: approve automatically, send to the flow admins, or reject.
             * @enum {string}
             */
            emptyAssignees?: "auto-approve" | "admin" | "reject";
            /** @description What this node's assignees may do with each form field. */
            fieldPermissions?: components["schemas"]["common.FieldPermissions"];
            /** @description The node id: unique in the flow and stable across versions. */
            id: components["schemas"]["common.NodeId"];
            /**
             * @description What happens when the initiator is among the assignees: approve their own step automatically, pass it to their direct manager, or require them to act like anyone else.
             * @enum {string}
             */
            initiatorIsAssignee?: "auto-approve" | "skip-to-manager" | "require";
            /**
             * @description How several assignees work: one after another, all must complete, or any one completes.
             * @default any
             * @enum {string}
             */
            mode: "sequential" | "all" | "any";
            /** @description The name shown on the canvas, in the timeline and in diffs. */
            name?: components["schemas"]["common.I18nText"];
            /** @description Timeouts on each task of this node. */
            timeouts?: {
                /**
                 * @description What to do: remind the assignee, approve or reject on their behalf, reassign to `to`, or escalate to the assignee's manager.
                 * @enum {string}
                 */
                action: "remind" | "auto-approve" | "auto-reject" | "reassign" | "escalate";
                /** @description How long after the task was created. */
                after: components["schemas"]["common.Duration"];
                /** @description Repeat a reminder. */
                repeat?: {
                    /** @description Interval between repeats. */
                    every: components["schemas"]["common.Duration"];
                    /** @description Most repeats. */
                    max: number;
                };
                /** @description New assignees for "reassign". */
                to?: components["schemas"]["common.AssigneeRule"][];
            }[];
            /**
             * @description The node type.
             * @constant
             */
            type: "handler";
        };
        /** @description Call an HTTP endpoint (outbound calls are guarded against private and loopback addresses). */
        "workflow.HttpAction": {
            /** @description A JSON body, property by property. */
            body?: {
                [key: string]: components["schemas"]["common.ValueSource"];
            };
            /** @description Extra request headers (no secrets: use `secret`). */
            headers?: {
                [key: string]: string;
            };
            /**
             * @description The HTTP method.
             * @default POST
             * @enum {string}
             */
            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
            /** @description A variable that receives the JSON response. */
            saveAs?: components["schemas"]["common.FieldKey"];
            /** @description The name of a server-side secret sent as a bearer token. */
            secret?: components["schemas"]["common.Key"];
            /** @description How long to wait for an answer (at most 30 seconds). */
            timeout?: components["schemas"]["common.Duration"];
            /**
             * @description The automation.
             * @constant
             */
            type: "http";
            /**
             * Format: uri
             * @description The URL (https or http). Environment mapping files may replace it per environment.
             */
            url: string;
        };
        /** @description An inclusive branch (包容分支): every outgoing edge whose condition holds runs in parallel (the default edge when none does); a join waits for the branches taken. */
        "workflow.InclusiveNode": {
            /** @description Notes for designers and approvers. */
            description?: components["schemas"]["common.I18nLongText"];
            /** @description The node id: unique in the flow and stable across versions. */
            id: components["schemas"]["common.NodeId"];
            /** @description The name shown on the canvas, in the timeline and in diffs. */
            name?: components["schemas"]["common.I18nText"];
            /**
             * @description The node type.
             * @constant
             */
            type: "inclusive";
        };
        /** @description A join (汇聚): waits for every branch of the matching parallel or inclusive fork that was taken. */
        "workflow.JoinNode": {
            /** @description Notes for designers and approvers. */
            description?: components["schemas"]["common.I18nLongText"];
            /** @description The node id: unique in the flow and stable across versions. */
            id: components["schemas"]["common.NodeId"];
            /** @description The name shown on the canvas, in the timeline and in diffs. */
            name?: components["schemas"]["common.I18nText"];
            /**
             * @description The node type.
             * @constant
             */
            type: "join";
        };
        /** @description One step of the flow. Its `type` decides which other properties apply. */
        "workflow.Node": components["schemas"]["workflow.StartNode"] | components["schemas"]["workflow.ApprovalNode"] | components["schemas"]["workflow.HandlerNode"] | components["schemas"]["workflow.CcNode"] | components["schemas"]["workflow.ExclusiveNode"] | components["schemas"]["workflow.InclusiveNode"] | components["schemas"]["workflow.ParallelNode"] | components["schemas"]["workflow.JoinNode"] | components["schemas"]["workflow.DelayNode"] | components["schemas"]["workflow.AutomationNode"] | components["schemas"]["workflow.SubflowNode"] | components["schemas"]["workflow.EndNode"];
        /** @description Send an in-app notification. */
        "workflow.NotifyAction": {
            /** @description The message; {{field}} placeholders are replaced by form values. */
            message: components["schemas"]["common.I18nText"];
            /** @description Who receives it. */
            to: components["schemas"]["common.AssigneeRule"][];
            /**
             * @description The automation.
             * @constant
             */
            type: "notify";
        };
        /** @description A parallel fork (并行分支): every outgoing edge runs at once. */
        "workflow.ParallelNode": {
            /** @description Notes for designers and approvers. */
            description?: components["schemas"]["common.I18nLongText"];
            /** @description The node id: unique in the flow and stable across versions. */
            id: components["schemas"]["common.NodeId"];
            /** @description The name shown on the canvas, in the timeline and in diffs. */
            name?: components["schemas"]["common.I18nText"];
            /**
             * @description The node type.
             * @constant
             */
            type: "parallel";
        };
        /** @description Flow-wide settings. */
        "workflow.Settings": {
            /** @description Who handles steps whose assignees are empty (with "admin"), and may terminate requests. */
            admins?: components["schemas"]["common.AssigneeRule"][];
            /** @description Archiving (归档) of finished requests. */
            archive?: {
                /** @description Archive finished requests this many days after they finish. */
                afterDays?: number;
                /** @description Purge archived requests this many days after archiving (omit to keep forever). */
                retentionDays?: number;
            };
            /**
             * @description Approver de-duplication: none; skip a person who already approved anywhere earlier; or skip only when they approved the step just before.
             * @default none
             * @enum {string}
             */
            dedupe: "none" | "first" | "consecutive";
            /**
             * @description Default for steps that do not say: What happens when the assignee rules find nobody: approve automatically, send to the flow admins, or reject.
             * @default admin
             * @enum {string}
             */
            emptyAssignees: "auto-approve" | "admin" | "reject";
            /**
             * @description Default for steps that do not say: What happens when the initiator is among the assignees: approve their own step automatically, pass it to their direct manager, or require them to act like anyone else.
             * @default require
             * @enum {string}
             */
            initiatorIsAssignee: "auto-approve" | "skip-to-manager" | "require";
            /** @description Who is told what. */
            notifications?: {
                /** @description Channels used for task and outcome notices. */
                channels?: ("in-app" | "email")[];
                /**
                 * @description Tell the initiator after every decision, not only at the end.
                 * @default false
                 */
                notifyInitiatorOnEachStep: boolean;
            };
            /**
             * @description After a return to the initiator: resume at the step that returned it (earlier approvals stand), or restart from the first step.
             * @default resume
             * @enum {string}
             */
            resubmit: "resume" | "restart";
            /** @description Who may start this flow (default: everyone). */
            starters?: {
                /** @description Members of these departments (and their sub-departments). */
                departments?: components["schemas"]["common.Key"][];
                /** @description Anyone in the org may start it. */
                everyone?: boolean;
                /** @description Members of these roles. */
                roles?: components["schemas"]["common.Key"][];
                /** @description These users. */
                users?: components["schemas"]["common.UserId"][];
            };
            /** @description The request title; {{field}} placeholders are replaced by form values and {{initiator}} by the initiator's name. */
            title?: components["schemas"]["common.I18nText"];
            /** @description The shortest time between two reminders (催办) by the initiator. Default PT1H. */
            urgeInterval?: components["schemas"]["common.Duration"];
            /**
             * @description When the initiator may withdraw (撤回): never, before any approver acted, or until the request is finished.
             * @default before-first-action
             * @enum {string}
             */
            withdraw: "never" | "before-first-action" | "until-done";
        };
        /** @description Where every request begins: the initiator fills in the form. */
        "workflow.StartNode": {
            /** @description Notes for designers and approvers. */
            description?: components["schemas"]["common.I18nLongText"];
            /** @description What the initiator may do with each field (default: edit all). */
            fieldPermissions?: components["schemas"]["common.FieldPermissions"];
            /** @description The node id: unique in the flow and stable across versions. */
            id: components["schemas"]["common.NodeId"];
            /** @description The name shown on the canvas, in the timeline and in diffs. */
            name?: components["schemas"]["common.I18nText"];
            /**
             * @description The node type.
             * @constant
             */
            type: "start";
        };
        /** @description Starts another workflow as a child request and (by default) waits for its outcome. */
        "workflow.SubflowNode": {
            /** @description Notes for designers and approvers. */
            description?: components["schemas"]["common.I18nLongText"];
            /** @description The key of the workflow to start. */
            flow: components["schemas"]["common.Key"];
            /** @description The node id: unique in the flow and stable across versions. */
            id: components["schemas"]["common.NodeId"];
            /** @description The child's form data, field by field. */
            input?: {
                [key: string]: components["schemas"]["common.ValueSource"];
            };
            /** @description The name shown on the canvas, in the timeline and in diffs. */
            name?: components["schemas"]["common.I18nText"];
            /**
             * @description When the child is rejected, reject this request too.
             * @default true
             */
            rejectOnChildReject: boolean;
            /**
             * @description The node type.
             * @constant
             */
            type: "subflow";
            /**
             * @description Wait for the child to finish before going on.
             * @default true
             */
            wait: boolean;
        };
        /** @description Update fields of the request's record. */
        "workflow.UpdateRecordAction": {
            /** @description New values, by record field. */
            set: {
                [key: string]: components["schemas"]["common.ValueSource"];
            };
            /**
             * @description The automation.
             * @constant
             */
            type: "update-record";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postApiAdminAttachmentsSweep: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiAdminAttachmentsUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiAdminExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiAdminOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiAdminSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiAdminSchedulesRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiAdminTimersRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiAnalyticsDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiAnalyticsDefinitionsKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiAnalyticsDefinitionsKeyStuck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiArchive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiArchiveExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiAttachmentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    deleteApiAttachmentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiAttachmentsMinePending: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiAudit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.login"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed JSON, cursor or header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiAuthTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiAuthTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.api-token-create"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    deleteApiAuthTokensId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["workflow"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiDefinitionsKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    deleteApiDefinitionsKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiDefinitionsKeyActivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiDefinitionsKeyArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiDefinitionsKeyDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.definition-deactivate"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiDefinitionsKeyDiff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    putApiDefinitionsKeyDraft: {
        parameters: {
            query?: never;
            header: {
                "Baton-Managed-Push"?: string;
                "If-Match": string;
            };
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["workflow"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description If-Match names an older ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiDefinitionsKeyDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.definition-duplicate"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiDefinitionsKeyExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiDefinitionsKeyForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiDefinitionsKeyImpact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiDefinitionsKeyPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.request-preview"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiDefinitionsKeyPublish: {
        parameters: {
            query?: never;
            header?: {
                "Baton-Managed-Push"?: string;
                "If-Match"?: string;
            };
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description If-Match names an older ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    deleteApiDefinitionsKeyPurge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiDefinitionsKeyRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiDefinitionsKeyScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    putApiDefinitionsKeyScenariosId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["scenario"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    deleteApiDefinitionsKeyScenariosId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiDefinitionsKeyScenariosRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.scenario-run"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    putApiDefinitionsKeyScopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.definition-scopes"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiDefinitionsKeySimulate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.definition-simulate"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiDefinitionsKeyUnarchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiDefinitionsKeyVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiDefinitionsKeyVersionsVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiDefinitionsKeyVersionsVersionRestore: {
        parameters: {
            query?: never;
            header?: {
                "Baton-Managed-Push"?: string;
                "If-Match"?: string;
            };
            path: {
                key: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description If-Match names an older ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiDefinitionsImport: {
        parameters: {
            query?: never;
            header?: {
                "Baton-Managed-Push"?: string;
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["workflow"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description If-Match names an older ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed JSON, cursor or header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiDocsAppJs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed JSON, cursor or header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed JSON, cursor or header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiInboundHooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiInboundHooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.inbound-hook-create"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    deleteApiInboundHooksKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiInboundHookKey: {
        parameters: {
            query?: never;
            header?: {
                "webhook-id"?: string;
                "webhook-signature"?: string;
                "webhook-timestamp"?: string;
            };
            path: {
                hookKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed JSON, cursor or header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiInboxCc: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiInboxCounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiInboxDone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiInboxStarted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiInboxTodo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiInstances: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.instance-start"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiInstancesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiInstancesIdArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiInstancesIdCc: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.instance-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiInstancesIdComment: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.instance-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiInstancesIdRemoveSigner: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.instance-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiInstancesIdResubmit: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.instance-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiInstancesIdTerminate: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.instance-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiInstancesIdUnarchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiInstancesIdUrge: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.instance-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiInstancesIdWithdraw: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.instance-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiNotificationsIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiNotificationsReadAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiNotificationsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    putApiNotificationsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.notification-settings"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiNotificationsUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed JSON, cursor or header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiOrgDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiOrgDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.department-write"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    putApiOrgDepartmentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.department-write"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    deleteApiOrgDepartmentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiOrgExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiOrgImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["org"];
                "text/csv": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiOrgRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiOrgRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.role-write"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    putApiOrgRolesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.role-write"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    deleteApiOrgRolesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiOrgUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiOrgUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.user-create"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiOrgUsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    deleteApiOrgUsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    patchApiOrgUsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.user-update"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiRecordTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiRecordTypesKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    putApiRecordTypesKey: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
                "If-None-Match"?: string;
            };
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["record-type"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description If-Match names an older ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiRecordsType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiRecordsType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.record-write"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiRecordsTypeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    deleteApiRecordsTypeId: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: string;
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description If-Match names an older ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    patchApiRecordsTypeId: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: string;
                type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.record-patch"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description If-Match names an older ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiRecordsTypeIdChangeRequests: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.record-change-request"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiRecordsTypeIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiRecordsTypeImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["org"];
                "text/csv": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiRequestDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiRequestDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.request-draft"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiRequestDraftsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    putApiRequestDraftsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.request-draft"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    deleteApiRequestDraftsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiTasksIdAddSigner: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.task-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiTasksIdApprove: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.task-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiTasksIdComplete: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.task-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiTasksIdDelegate: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.task-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiTasksIdEditFields: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.task-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiTasksIdReject: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.task-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiTasksIdReturn: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.task-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiTasksIdTakeBack: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.task-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiTasksIdTransfer: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.task-action"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiTasksBatchApprove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.task-batch-approve"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiTemplatesKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiTemplatesKeyInstall: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.template-install"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["api.webhook-create"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    deleteApiWebhooksId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    getApiWebhooksIdDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
    postApiWebhooksIdDeliveriesDeliveryRedeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Your role or this object does not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description Not found (or not visible to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The current state does not allow it (or a conflict that retries did not resolve) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
            /** @description The body does not validate; `pointer` names the spot */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["api.error"];
                };
            };
        };
    };
}
