export const id = 776;
export const ids = [776];
export const modules = {

/***/ 8776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _audit_release_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3530);
/* harmony import */ var _run_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9252);
/* harmony import */ var _plan_comment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1999);




/**
 * Finds this step's comment by its hidden marker and updates it, or creates it. A missing
 * permission is the workflow's to fix: a warning that says which, never a failed promotion.
 * Loaded only when a comment is due, so other runs never load `@actions/github`.
 */
const commentOnPullRequest = async (report, config, core, env) => {
    const token = config.githubToken;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    let pullNumber;
    try {
        pullNumber = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH ?? '', 'utf8'))?.pull_request?.number;
    }
    catch {
        pullNumber = undefined;
    }
    if (!token || !owner || !repo || !pullNumber) {
        core.warning('No pull-request comment: the github-token input, GITHUB_REPOSITORY or the pull request number is missing.');
        return;
    }
    const records = (0,_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .flowRecords */ .Jo)(report);
    const specs = report.stages.flatMap((s) => s.records.map((r, i) => ({ record: r, spec: s.specs[i] })));
    const subject = config.manifestPath
        ? `manifest:${config.manifestPath}`
        : `flow:${config.flow?.flowId ?? `${config.flow?.flowType}/${config.flow?.flowName}`}`;
    const marker = (0,_plan_comment_js__WEBPACK_IMPORTED_MODULE_3__/* .commentMarker */ .Ql)(subject);
    const fingerprint = report.manifest ? (0,_audit_release_record_js__WEBPACK_IMPORTED_MODULE_1__/* .releasePlanFingerprint */ .hV)(records) : (records[0]?.planFingerprint ?? null);
    const body = (0,_plan_comment_js__WEBPACK_IMPORTED_MODULE_3__/* .renderPlanComment */ .zk)(marker, specs, fingerprint);
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: pullNumber,
            per_page: 100
        });
        const existing = comments.find((c) => c.body?.includes(marker));
        if (existing) {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
            core.info(`Updated the plan comment on pull request #${pullNumber}.`);
        }
        else {
            await octokit.rest.issues.createComment({ owner, repo, issue_number: pullNumber, body });
            core.info(`Commented the plan on pull request #${pullNumber}.`);
        }
    }
    catch (err) {
        const status = err.status;
        if (status === 403 || status === 404) {
            core.warning(`No pull-request comment: the token may not comment (HTTP ${status}). Give the job \`permissions: pull-requests: write\` ` +
                '(a fork pull request gets a read-only token whatever you set), or set pr-comment: never.');
        }
        else {
            core.warning(`No pull-request comment: ${err.message}`);
        }
    }
};


/***/ })

};

//# sourceMappingURL=776.index.js.map