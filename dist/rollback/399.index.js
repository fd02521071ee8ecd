export const id = 399;
export const ids = [399];
export const modules = {

/***/ 4399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiHistory: () => (/* binding */ apiHistory)
/* harmony export */ });
/* harmony import */ var _gitops_actions_bump__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2721);
// The files' history through GitHub's REST API: one commits listing per file (`path=`, at most the
// limit each), merged newest first, and a file read at a commit only when the walk reaches it.
// Loaded lazily: it pulls in Octokit.

function apiHistory(client, branch, files, limit) {
    return {
        async commits() {
            const lists = await Promise.all(files.map((file) => client.listCommits(branch, file, limit)));
            const bySha = new Map();
            for (const c of lists.flat()) {
                bySha.set(c.sha, {
                    sha: c.sha,
                    date: c.date,
                    subject: c.message.split('\n')[0] ?? '',
                    reference: (0,_gitops_actions_bump__WEBPACK_IMPORTED_MODULE_0__/* .parseReferenceCommit */ ._E)(c.message),
                });
            }
            // One file's list is in history order already; several are merged by committer date.
            const merged = [...bySha.values()];
            if (files.length > 1)
                merged.sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
            return merged.slice(0, limit);
        },
        read: async (sha, file) => (await client.readFile(file, sha))?.text,
    };
}


/***/ })

};
