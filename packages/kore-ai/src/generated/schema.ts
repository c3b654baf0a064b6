/**
 * Generated from specs/kore-ai/openapi.yaml by scripts/generate.mjs (openapi-typescript). Do not edit by hand:
 * change the spec and run `npm run generate`.
 */
export interface paths {
    "/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get groups
         * @description Returns the list of groups and group members available in the account, one page at a time.
         *     Page through with `offset` (a page number) until `availableMore` is `false`.
         *
         *     API scope: Admin Console, Profile Management > Role Management (Bot Builder: not applicable).
         */
        get: operations["listGroups"];
        put?: never;
        post?: never;
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
        /** @description One page of the account's groups. */
        GroupList: {
            /** @description Number of groups returned in this response. */
            total: number;
            /** @description Whether more pages follow; request the next page with `offset` + 1 while this is `true`. */
            availableMore: boolean;
            /** @description The groups on this page. */
            groups: components["schemas"]["Group"][];
        };
        /**
         * @description A group of users in the account. The page marks no field required or optional; only the id and the
         *     name, without which a group cannot be used, are required (see specs/kore-ai/README.md).
         */
        Group: {
            /**
             * @description Group id, prefixed `e-` (sample ids are not strict UUIDs, so no format is enforced).
             * @example e-eed8e93a-79ff-523b-9545-4833c2683e86
             */
            _id: string;
            /**
             * @description Group name.
             * @example Audit
             */
            gN: string;
            /**
             * @description Group description.
             * @example Audit Team
             */
            gDesc?: string;
            /**
             * @description Groups nested in this group. The page's samples only show empty arrays and never describe the
             *     items, so they are left untyped.
             */
            groups?: unknown[];
            /** @description The members of the group. */
            users?: components["schemas"]["GroupMember"][];
            /** @description Number of members in the group. */
            userCount?: number;
        };
        /**
         * @description A user who is a member of a group. The page marks no field required or optional; only the user id and
         *     the email address (how Kore.ai's admin APIs identify a user) are required (see specs/kore-ai/README.md).
         */
        GroupMember: {
            /**
             * @description User id, prefixed `u-` (sample ids are not strict UUIDs, so no format is enforced).
             * @example u-c32243f6-b4ba-5884-9527-a7efb9a0ac9e
             */
            _id: string;
            /**
             * @description The user's email address. Not validated as an email format, since the page's samples are placeholders.
             * @example sample1@sampleemail.com
             */
            emailId: string;
            /** @description The user's last name. */
            lastName?: string;
            /** @description The user's first name. */
            firstName?: string;
            /**
             * @description Profile image file name, or `no-avatar` when the user has none.
             * @example profile.png
             * @example no-avatar
             */
            profImage?: string;
            /**
             * @description Profile colour as a CSS hex colour (`#ffd700`), or an empty string when none is set.
             * @example #ffd700
             * @example
             */
            profColour?: string;
            /**
             * @description Account activation status. The page only shows `active`; Kore.ai's admin APIs also know users that
             *     are "not active" (Get User Information page), without documenting this field's other values, so any
             *     string is accepted.
             */
            activationStatus?: "active" | string;
            /**
             * @description The user's job title; an empty string or `null` when not set (the page's sample has both).
             * @example
             * @example null
             */
            jTitle?: string | null;
            /**
             * @description Id of the organisation the user belongs to, prefixed `o-`.
             * @example o-c2419ad3-e160-5bae-af32-6e62f1153a1e
             */
            orgId?: string;
        };
        /**
         * @description The error envelope of Kore.ai's public APIs: `errors`, one `{ msg, code }` per problem, as Kore.ai's
         *     "Get User Information" page shows inside its failure case (with `statusCode`, `customCode`, `message`
         *     and `name` beside it, accepted here too). The Get Groups page documents none.
         */
        ErrorList: {
            /** @description One entry per problem. */
            errors: components["schemas"]["Error"][];
        };
        /** @description One problem reported by the API. */
        Error: {
            /** @description Human-readable message. */
            msg?: string;
            /** @description Kore.ai error code (an HTTP-like number such as `401`, or a platform code). */
            code?: number | string;
        };
    };
    responses: {
        /** @description Inferred. A query parameter is invalid (for example `limit` above 50 or a negative `offset`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorList"];
            };
        };
        /** @description Inferred. The `auth` header is missing, or its JWT is invalid, expired or signed with the wrong secret. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorList"];
            };
        };
        /** @description Inferred. The JWT is valid but its app lacks the Profile Management > Role Management admin scope. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorList"];
            };
        };
        /**
         * @description The account's public API rate limit was exceeded; retry later. The message is Kore.ai's (APIs List
         *     page); the status and envelope are inferred.
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorList"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listGroups: {
        parameters: {
            query?: {
                /**
                 * @description Page number from which to start fetching group records. Not a record offset: `0` is the first
                 *     page, `1` the second, and so on. If unspecified, it starts from 0.
                 */
                offset?: number;
                /** @description The number of records to fetch per page. The maximum applicable limit is 50. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of groups, each with its members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
