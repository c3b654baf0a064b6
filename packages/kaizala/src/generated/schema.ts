/**
 * Generated from specs/kaizala/openapi.yaml by scripts/generate.mjs (openapi-typescript). Do not edit by hand:
 * change the spec and run `npm run generate`.
 */
export interface paths {
    "/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List groups
         * @description Returns the groups the access token's user has access to. By default only the groups at the top
         *     level and only their basic fields; `fetchAllGroups` adds parent and sub groups, `showDetail` adds all
         *     group details.
         */
        get: operations["listGroups"];
        put?: never;
        /**
         * Create a group
         * @description Creates a conversation group. The access token's user becomes the group's admin; the numbers in
         *     `members` are added as members. `membersAdded` in the response tells whether all of them were added.
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a group
         * @description Returns the details of one group. The response has the same envelope as the list: a `groups` array,
         *     here holding the one requested group.
         *
         *     The page writes this path as `{endpoint-url}/groups/{groupId}`, without `/v1`; the spec uses
         *     `/v1/groups/{groupId}` (see `specs/kaizala/README.md`).
         */
        get: operations["getGroup"];
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
        /** @description A group to create. */
        NewGroup: {
            /**
             * @description Group name.
             * @example Kaizala Test group
             */
            name: string;
            /**
             * @description Welcome message displayed to new group members.
             * @example Welcome to group created programmatically
             */
            welcomeMessage: string;
            /**
             * @description Mobile numbers, with country code, of the members to add, at most 100 (Kaizala's official Swagger:
             *     "maximum of 100 mobile numbers"). Whether or not it is given, the access token's user is added as
             *     the group's admin.
             */
            members?: components["schemas"]["MobileNumber"][];
            groupType?: components["schemas"]["GroupType"];
        };
        /**
         * @description A mobile number with its country code, written `+` then digits, for example `+911099999999`. The page
         *     says "mobile number (with country code)" and Kaizala's Swagger "with country code. Eg. +911999999999";
         *     the pattern is the ITU-T E.164 form of such a number (`+`, a country code that does not start with 0,
         *     at most 15 digits). A choice, recorded in `specs/kaizala/README.md`.
         * @example +911099999999
         */
        MobileNumber: string;
        /**
         * @description Kind of group: `Group` is a regular conversation group, `ConnectGroup` a managed public group.
         *     When creating a group it defaults to `Group`.
         * @default Group
         * @enum {string}
         */
        GroupType: "Group" | "ConnectGroup";
        /**
         * @description Kind of group as a response reports it: `Group` (regular conversation group) or `ConnectGroup` (managed
         *     public group) are the known values; any other string is accepted (Kaizala's Swagger types it as a plain
         *     string on responses), so a group type added later does not make a whole answer invalid.
         */
        ReportedGroupType: "Group" | "ConnectGroup" | string;
        /** @description The result of creating a group. */
        CreatedGroup: {
            /**
             * @description Group name.
             * @example Kaizala Test group
             */
            groupName: string;
            /**
             * @description Identifier of the new group, used in subsequent calls (for example `getGroup`).
             * @example 853654b2-5874-462d-b709-0c4e43a7083f
             */
            groupId: string;
            /** @description True if all members were successfully added. */
            membersAdded: boolean;
            /**
             * @description Inferred: not on the page, but present in a real response recorded in public client code (a call
             *     made with a group-scoped token). True when the new group was also added as a sub group.
             */
            isAddedAsSubGroup?: boolean;
        };
        /** @description The groups the access token's user has access to. */
        GroupList: {
            /** @description The groups (for `getGroup`, the one requested group). */
            groups: components["schemas"]["Group"][];
        };
        /**
         * @description A conversation group. Which fields are present depends on the call: `listGroups` without
         *     `showDetail` and `getGroup` return a subset, so only the identifier and the name are required.
         */
        Group: {
            /**
             * @description Group identifier. Usually a GUID, but real identifiers can carry a suffix (`…@1`), so no UUID
             *     format is enforced.
             * @example 853654b2-5874-462d-b709-0c4e43a7083f
             */
            groupId: string;
            /**
             * @description Name of the group.
             * @example Sample group name
             */
            groupName: string;
            /**
             * @description URL of the group's profile picture. Spelled as in the page's samples; the page's field table spells
             *     it `groupImageURL` (see that property). Not validated as a URI, since the samples hold a
             *     placeholder.
             * @example {sample group image URL here}
             */
            groupImageUrl?: string;
            /**
             * @deprecated
             * @description URL of the group's profile picture, spelled as in the page's field table. The samples spell it
             *     `groupImageUrl`, which the spec treats as canonical; this spelling is declared so that a response
             *     using it is accepted and typed too. Read `groupImageUrl ?? groupImageURL`.
             */
            groupImageURL?: string;
            /** @description True if the group has sub groups. */
            hasSubGroups?: boolean;
            /** @description True if the group has parent groups. */
            hasParentGroups?: boolean;
            /** @description True if the group is an organisation (tenant) group. */
            isMappedToTenant?: boolean;
            groupType?: components["schemas"]["ReportedGroupType"];
            /**
             * @description Welcome message shown to new members (on group objects in Kaizala's official Swagger, `SubGroup` and
             *     "Fetch sub-group(s)" response; not on the page).
             */
            welcomeMessage?: string;
            /**
             * @description The access token user's role in the group. The page's sample shows `Admin` (other roles such as
             *     `Member` exist), so it is not restricted to an enum.
             * @example Admin
             */
            callerRole?: string;
            /** @description Total number of users under this group across the hierarchy. */
            userCount?: number;
            /** @description Number of distinct users under this group across the hierarchy (field from the page's sample only). */
            uniqueUserCount?: number;
            /** @description Number of individual members of the group at the current level. */
            currentLevelUserCount?: number;
            /** @description Number of sub groups directly under this group (field from the page's sample only). */
            currentLevelSubGroupCount?: number;
            /** @description Number of parent groups directly above this group (field from the page's sample only). */
            currentLevelParentGroupCount?: number;
            /**
             * @description Number of members at the current level who have not yet signed up to Kaizala (field from the
             *     page's sample only).
             */
            currentLevelUnProvisionedUserCount?: number;
            /**
             * @description Number of users across the hierarchy who have not yet signed up to Kaizala (field from the page's
             *     sample only).
             */
            unProvisionedUserCount?: number;
            /** @description True if the group appears more than once in the hierarchy returned (field from the page's sample only). */
            isDuplicate?: boolean;
            /** @description True if the access token's user can edit the group (field from the page's sample only). */
            isEditable?: boolean;
            /** @description True if the access token's user can read the group's details (field from the page's sample only). */
            isDetailsReadable?: boolean;
        };
        /**
         * @description Inferred. Kaizala documents no error body; this is the minimal shape assumed (a JSON object with a
         *     human-readable message). Other properties are allowed.
         */
        Error: {
            /** @description Human-readable description of the problem. */
            message?: string;
        };
    };
    responses: {
        /**
         * @description The user's endpoint URL has changed. `Location` holds the new endpoint URL; use it as the base URL
         *     from now on and repeat the request there. (From the vendor's "Kaizala API Documentation" page.)
         */
        EndpointMoved: {
            headers: {
                /** @description The new endpoint URL. */
                Location: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Inferred. The request is malformed (for example an invalid JSON body or a required field missing). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Inferred. The `accessToken` header is missing, or the token is invalid or expired (tokens live 24 hours). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Inferred. The token is valid but its connector lacks the permission this call needs (for example creating groups). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Inferred. No group with this identifier is visible to the access token's user. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Throttled: more than 100 calls per minute for the connector or 300 per minute for the tenant. Wait the
         *     `Retry-After` seconds before the next request. (Status and header from the vendor's "Kaizala API
         *     Documentation" page; the body is inferred.)
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before making another request. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listGroups: {
        parameters: {
            query?: {
                /** @description True to return all group details. Default false. */
                showDetail?: boolean;
                /** @description True to return all parent and sub groups. Default false. */
                fetchAllGroups?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups the user has access to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            308: components["responses"]["EndpointMoved"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The group to create (sent with `Content-Type` `application/json`, as the page requires). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewGroup"];
            };
        };
        responses: {
            /**
             * @description The group was created. (The page shows no status code; `200` is inferred from public client code
             *     that checks for HTTP 200 on this call.)
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedGroup"];
                };
            };
            308: components["responses"]["EndpointMoved"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The connector's application id. Kaizala's official Swagger (`Rest-API-docs/kaizala_api_full_swagger.json`,
                 *     `FetchGroupDetails`) lists it as a required header of this call, as did an older revision of the page;
                 *     the current page does not. Optional here: send it (the same id as in the token exchange) if your
                 *     endpoint asks for it. See `specs/kaizala/README.md`.
                 */
                applicationId?: string;
            };
            path: {
                /**
                 * @description Identifier of the group (`groupId` from the list or create responses). The page calls it a GUID,
                 *     but real identifiers can carry a suffix (`…@1`), so no UUID format is enforced.
                 */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested group, wrapped in a one-element `groups` array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            308: components["responses"]["EndpointMoved"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
