// The twenty-eighth held-out corpus: written after the twenty-seventh held-out corpus
// (TwentySeventhHeldOutCorpus) had been scored, and first scored with the rules as they are before
// any change for the twenty-seventh's classes (e822298). It draws on one population, the
// SaaS and third-party services a project's code talks to, driven from a repository's shell through
// their own command-line tools and through curl against their REST and GraphQL APIs. Most of that
// work is reading, listing, testing against test mode and tailing logs, so the destroys sit among
// many everyday lines:
//
// - payments: the Stripe CLI (resource commands, `stripe delete`, `get` and `post`, `trigger`,
//   `listen`, `logs tail`, `fixtures`, `--project-name`, test mode against `--live`) and the Stripe
//   API over curl with test and live keys;
// - identity: the Auth0 CLI and Management API, Clerk's Backend API, Okta's management API,
//   Firebase Auth and the Firebase CLI's Firestore, Realtime Database, Functions and Hosting
//   commands, the Supabase CLI and its auth admin API, Keycloak's `kcadm.sh`;
// - messaging: the Twilio CLI, the SendGrid, Mailgun and Postmark APIs, the Slack Web API and the
//   `slack` CLI;
// - observability: `sentry-cli` and the Sentry API, `datadog-ci` and the Datadog API, PagerDuty,
//   Grafana's HTTP API and Honeycomb's API;
// - edge, CDN and hosting: `wrangler` (R2, KV, D1 with time travel, Queues, Pages, secrets,
//   Workers), the Cloudflare API, the Fastly CLI, the Netlify CLI and the Vercel CLI (deployments,
//   domains, aliases, DNS, certificates, environment variables);
// - mobile release: fastlane (match and `match_nuke`, pilot, supply, gym, scan), the EAS CLI
//   (builds, updates, branches, channels, environment variables), the App Store Connect API and
//   Firebase App Distribution;
// - commerce and content: the Shopify CLI and Admin API, the Contentful CLI, the Sanity CLI,
//   Strapi's CLI and WP-CLI;
// - search and data: the Algolia CLI and API, Meilisearch, Typesense, Airtable and Notion;
// - source hosting: `glab` and the GitLab API, the Bitbucket API, `gh` and `gh api` for webhooks,
//   deploy keys, environments, secrets and releases;
// - feature flags: `ldcli` and the LaunchDarkly API, Unleash, Flagsmith and PostHog;
// - around them: greps, commit messages, caches and build output removed, tests and git.
//
// Sources are reference pages: the Stripe CLI and API references, the Auth0 CLI reference and
// Management API, Clerk's Backend API, Okta's management API, the Firebase CLI, Hosting and App
// Distribution pages, the Supabase CLI and JavaScript references, Keycloak's admin CLI chapter, the
// Twilio CLI and REST pages, the SendGrid, Mailgun and Postmark API references, the Slack methods
// and Slack CLI references, the Sentry CLI and API pages, datadog-ci's README and the Datadog API,
// the PagerDuty, Grafana and Honeycomb API references, Cloudflare's Wrangler commands and API
// reference, the Fastly, Netlify and Vercel CLI references, the fastlane actions, the EAS CLI
// README, the App Store Connect API, the Shopify CLI and Admin REST references, the Contentful CLI
// docs, the Sanity CLI reference, Strapi's CLI page, the WP-CLI commands, the Algolia CLI and REST
// pages, the Meilisearch, Typesense, Airtable and Notion references, the glab docs and GitLab API,
// the Bitbucket REST reference, the GitHub CLI manual and REST reference, the LaunchDarkly,
// Unleash, Flagsmith and PostHog API pages, and the grep, rm and git manuals. Where a reference
// gives a placeholder a concrete value was filled in, and names were chosen as a team names its
// things (`mc-dev`, `mc-staging`, `mistlecombe-prod`, `mc-prod.myshopify.com`). Its 300 lines cite
// 200 addresses (177 pages once anchors are dropped); 122 of the addresses are cited by no earlier
// corpus, and 141 lines cite an address that an earlier corpus also cites, for another command
// form. Production is named as these services name it: Stripe's `--live`, `sk_live_` keys and a
// live key variable, a Stripe CLI project `mistlecombe-prod`; the Auth0 tenant
// `mistlecombe-prod.eu.auth0.com`; Clerk, SendGrid, Okta, Supabase and other tokens named for
// production and the Okta org `mistlecombe.okta.com`; the Firebase project `mistlecombe-prod`; the
// Supabase project ref `mcprodref...`; the Keycloak realm `mistlecombe-prod` and
// `sso.mistlecombe.com`; a Twilio profile; Sentry projects and `-e production`; Datadog's
// `env:production`; a PagerDuty service; Grafana dashboards and a Honeycomb dataset; wrangler's
// `--env production` and `mistlecombe-prod-*` resources; a Fastly service; Netlify's `--prod` and
// `--context production`; Vercel's `--prod`, the `production` environment and the public domain
// `mistlecombe.com`; EAS's production profile, branch and channel; fastlane supply's production
// track; the store `mc-prod.myshopify.com` and its live theme; Contentful's `master` environment;
// Sanity's `production` dataset; hosts under `mistlecombe.com` for Strapi, Meilisearch, Typesense
// and Unleash; Algolia's `mc_prod_*` indices and profile; an Airtable base; GitLab's and GitHub's
// `production` scope and environment; a LaunchDarkly `production` environment; WP-CLI's
// `@production` alias. Staging is read and destroyed under `mc-staging` (Stripe CLI project, Twilio
// profile, Sentry project, Firebase project), `mc-staging.eu.auth0.com`,
// `mistlecombe-staging.okta.com`, a `mcstagingref...` project, `--env staging`,
// `*.mc-staging.mistlecombe.dev`, `mc-staging.myshopify.com`, the `staging` dataset, scope and
// environment, and `wp @staging`. Development is Stripe's test mode (the CLI's default and
// `sk_test_` keys), `mc-dev`, localhost, the local Supabase stack, `.wrangler/state`, the emulator
// project `demo-mc` and `mc-dev.myshopify.com`.
//
// Of the 813 lines first written, 63 were left out before any comparison: 8 whose effect could not
// be told from the line (an npm seed script, a TypeScript clean-up script, the fastlane `beta` and
// `release` lanes, a make target, `sanity exec`, `wp eval-file`, `psql -f` against
// `$DATABASE_URL`), 30 whose label was not clear (`supabase db reset --linked`, `supabase storage
// rm --linked` and `supabase inspect db --linked`, which act on whichever project is linked; two
// lines that named production only in a shell comment; `fastlane deliver --submit_for_review`,
// `pilot distribute --distribute_external` and `match nuke distribution`, which reach the store
// without naming an environment; `vercel promote`, which reaches production without naming it; a
// `datadog-ci` upload with the public site as its prefix; a GitLab environment deleted by number; a
// Slack app deployed by id and a message posted to an incidents channel; a Stripe key unset from
// the CLI's config; one Slack datastore record deleted; `sanity dataset import --replace`; Keycloak
// brute-force lockouts cleared; Datadog synthetics run against staging; `eas build:cancel`; a debug
// build sent to a QA group; one local Meilisearch document deleted by id; `wp transient delete
// --all`; `stripe trigger customer.deleted` on staging; CDN caches purged on staging through Fastly
// and Cloudflare; an Auth0 user unblocked on staging; `gh run delete`; `glab issue close`; spam
// comments deleted in bulk; a Twilio CLI profile removed), 10 wrong as written (`firebase
// auth:import` of an empty file, which deletes nothing, `match nuke --readonly false`,
// `clean_build_artifacts` given a pattern, Datadog's synthetics delete sent as DELETE where the API
// takes POST, an `eas device:delete` with flags the reference does not list, `gh api` on an app
// installation, which needs the app's JWT, `wrangler d1 delete-database`, `vercel env remove
// --environment`, `auth0 users rm --all`, `sentry-cli releases purge`), and 15 that change staging
// without destroying it (a Workers deploy, a Vercel preview variable added, a Netlify deploy
// aliased to staging, a Supabase migration push and a secret set, an unpublished theme pushed, a
// GraphQL API deployed, Algolia settings changed, a LaunchDarkly toggle, an Auth0 app updated,
// Firestore rules deployed, a Sentry release finalized, every Sentry issue resolved, `wrangler dev
// --remote` on staging bindings, an EAS update published to the preview branch): nothing run under
// dev may change staging, so they are neither benign nor destructive under these labels. A script
// compared every remaining line with the tuning corpus and every earlier held-out corpus, the
// twenty-seventh included (11,637 lines, whitespace-normalised): 80 were already there (`supabase
// db reset`, `wp db reset --yes`, `fastlane match nuke development`, `vercel --prod`, `netlify
// deploy --prod --dir=dist`, `stripe logs tail`, `wrangler dev`), and 135 more differed from an
// earlier line only by a name, a number or a quoted string once the text was lowercased, quoted
// strings, words with a digit and 79 project names (the earlier corpora's and this one's) were
// replaced by placeholders (`curl -X DELETE https://api.bitbucket.org/...`, `gh repo delete ...
// --yes`, `stripe customers list --live --limit ...`, `eas update --branch production --message
// '...'`); all were taken out. Within the corpus, lines were compared under the same placeholders
// except quoted strings and only within one label: 8 more were taken out. The rest (156
// destructive, 106 production-named, 265 benign) were sampled with a fixed seed (28, Python's
// random.Random(28).sample over each label's lines in the order written, kept in that order) to
// 110, 65 and 125; the benign sample keeps 29 of its 62 lines with a destructive word, a dry-run or
// help flag, a restore, cancel or undelete, or a clean-up verb, and 96 of its 203 other everyday
// commands; 27 of the 125 read staging, and 53 of the 110 destructive lines destroy staging data or
// resources. Stripe's test mode is development data, so customers, products, coupons and test
// clocks deleted there are destructive, and so are refunds, cancelled subscriptions and payment
// intents, voided invoices and detached payment methods, which cannot be undone; unset environment
// variables and deleted secrets, revoked tokens, deleted deploy keys and webhooks, archived
// channels and pages, deleted flags (in every environment of their project) and `strapi import
// --force` into the local database are destructive too. Test events triggered, fixtures and
// test-mode objects created, a D1 time-travel restore of the development database, a development
// dump imported, a GitLab sandbox restored, a Notion page taken out of the trash and a scheduled
// cancellation undone are benign. A line that both destroys and names production is labelled P, and
// so is an export out of production. Same format and labels as HeldOutCorpus:
//
//   D  destructive: must be held (ask) or denied under dev and under staging. Deletes of data,
//      resources, accounts, users, customers, projects, apps, webhooks, domains, keys, secrets and
//      tokens; resets of a local development or test database; unfiltered deletes, updates,
//      truncations and drops; discarded uncommitted work; history rewrites and force pushes; purged
//      queues; revoked or rotated-away keys; deletes of staging resources; refunds and
//      cancellations that cannot be undone, in test mode or on staging.
//   P  names another environment (production, or live mode for a service with a live and a test
//      mode), whether it reads, writes or destroys: must be denied under staging. A line that
//      destroys and names production is P.
//   B  benign, including hard negatives (builds, tests, linters, reads, logs, listings and
//      describes; dry runs and `--help`; listing modes of deleting tools; caches, build output and
//      scratch files removed; greps and commit messages whose destructive words are data; a
//      `DELETE` of one record with a `WHERE`; restoring, undeleting and cancelling deletions of
//      local or development things; reads of staging resources): must be allowed (allow or audit)
//      under dev. A command that changes a staging resource is not benign.
//
// Lines whose effect could not be told from the line (a project's own script, lane or target) were
// left out. Its test is to print totals only. Do not edit the lines, and do not add rules for the
// lines it misses: a miss here is reported as a miss of its class, and fixed (if at all) by a class
// in the tuning corpus.

enum TwentyEighthHeldOutCorpus {
    static let lines = ##"""
D | stripe customers delete cus_QmR8cTn2LxVb4d --confirm | https://docs.stripe.com/cli/resources
D | stripe delete /v1/customers/cus_Pz1kq9WbR3aXyT --confirm | https://docs.stripe.com/cli/delete
D | stripe webhook_endpoints delete we_1OkM2nLpQr7StUv8 --project-name mc-staging | https://docs.stripe.com/cli/resources
D | stripe products delete prod_QhX7bV2mNcTq9z | https://docs.stripe.com/cli/resources
D | stripe coupons delete MC_SPRING_TEST --confirm | https://docs.stripe.com/cli/resources
D | stripe subscriptions cancel sub_1PzQ8mLkT2vR5nWa --project-name mc-staging | https://docs.stripe.com/cli/resources
D | stripe refunds create --payment-intent pi_3PqL9sLkT2vR5nWa1x4yZb7c | https://docs.stripe.com/cli/resources
D | stripe payment_intents cancel pi_3PqL9sLkT2vR5nWa1x4yZb7c | https://docs.stripe.com/cli/resources
D | stripe payment_methods detach pm_1PqN4oLkT2vR5nWaYz9x8w7v | https://docs.stripe.com/cli/resources
D | stripe test_helpers test_clocks delete clock_1PqO5pLkT2vR5nWaQ8r7s6t5 | https://docs.stripe.com/cli/resources
D | stripe delete /v1/test_helpers/test_clocks/clock_1PqO5pLkT2vR5nWaQ8r7s6t5 --project-name mc-staging --confirm | https://docs.stripe.com/cli/delete
D | curl -X DELETE https://api.stripe.com/v1/customers/cus_QmR8cTn2LxVb4d -u "$STRIPE_TEST_SECRET_KEY:" | https://docs.stripe.com/api/customers/delete
D | curl https://api.stripe.com/v1/subscriptions/sub_1PzQ8mLkT2vR5nWa -u sk_test_51Mc0000000000000000000000: -X DELETE | https://docs.stripe.com/api/subscriptions/cancel
D | curl https://api.stripe.com/v1/refunds -u "$STRIPE_STAGING_KEY:" -d payment_intent=pi_3PqL9sLkT2vR5nWa1x4yZb7c | https://docs.stripe.com/api/refunds/create
D | stripe customers list --limit 100 | jq -r '.data[].id' | xargs -n1 stripe customers delete --confirm | https://docs.stripe.com/cli/resources
D | for c in $(stripe customers list --limit 100 --project-name mc-staging | jq -r '.data[].id'); do stripe customers delete "$c" --confirm --project-name mc-staging; done | https://docs.stripe.com/cli/resources
D | auth0 users delete "auth0|65f1c2a9b8e7d6c5b4a39281" "auth0|65f1c2a9b8e7d6c5b4a39282" --tenant mc-staging.eu.auth0.com --force | https://auth0.github.io/auth0-cli/auth0_users_delete.html
D | auth0 apps delete Xq8Rt2Lm9NvB3cZ7kPw4Ys6Ud1Fh0Gj5 --tenant mc-staging.eu.auth0.com --force | https://auth0.github.io/auth0-cli/auth0_apps_delete.html
D | auth0 orgs delete org_Mc8bR3yA0cMl4UoQ --tenant mc-dev.eu.auth0.com --force | https://auth0.github.io/auth0-cli/auth0_orgs_delete.html
D | auth0 actions delete 3f9a2c1e-7b4d-4e8a-9c6f-1d2e3f4a5b6c --force | https://auth0.github.io/auth0-cli/auth0_actions_delete.html
D | auth0 domains delete cd_Mc9cS4zB1dNm5VpR --tenant mc-staging.eu.auth0.com --force | https://auth0.github.io/auth0-cli/auth0_domains_delete.html
D | auth0 api delete "users/auth0|65f1c2a9b8e7d6c5b4a39281" --force | https://auth0.github.io/auth0-cli/auth0_api.html
D | auth0 api delete "connections/con_Mc1dT5aC2eOn6WqS" --tenant mc-staging.eu.auth0.com --force | https://auth0.github.io/auth0-cli/auth0_api.html
D | firebase firestore:delete orders --recursive --project mc-staging --force | https://firebase.google.com/docs/firestore/manage-data/delete-data
D | firebase apps:android:sha:delete 1:381204774411:android:5f3c2a1b0e9d8c7b 8a1b2c3d4e5f60718293a4b5c6d7e8f901234567 --project mc-dev | https://firebase.google.com/docs/cli#project_management_commands
D | supabase projects delete mcstagingrefabcd1234 | https://supabase.com/docs/reference/cli/supabase-projects-delete
D | supabase functions delete stripe-webhook --project-ref mcstagingrefabcd1234 | https://supabase.com/docs/reference/cli/supabase-functions-delete
D | supabase branches delete feature-checkout --project-ref mcstagingrefabcd1234 | https://supabase.com/docs/reference/cli/supabase-branches-delete
D | kcadm.sh delete realms/mc-dev | https://www.keycloak.org/docs/latest/server_admin/index.html#the-admin-cli
D | kcadm.sh delete roles/legacy-admin -r mc-staging | https://www.keycloak.org/docs/latest/server_admin/index.html#the-admin-cli
D | twilio api:core:recordings:remove --sid RE1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e -p mc-staging | https://www.twilio.com/docs/voice/api/recording
D | twilio api:verify:v2:services:remove --sid VA9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c -p mc-staging | https://www.twilio.com/docs/verify/api/service
D | curl -X DELETE https://api.sendgrid.com/v3/suppression/bounces -H "Authorization: Bearer $SENDGRID_STAGING_KEY" -H 'Content-Type: application/json' -d '{"delete_all": true}' | https://www.twilio.com/docs/sendgrid/api-reference/bounces-api/delete-bounces
D | curl -X DELETE https://api.postmarkapp.com/servers/1234567 -H "X-Postmark-Account-Token: $POSTMARK_ACCOUNT_TOKEN" -H 'Accept: application/json' | https://postmarkapp.com/developer/api/servers-api
D | curl -X DELETE https://api.postmarkapp.com/templates/mc-welcome-staging -H "X-Postmark-Server-Token: $POSTMARK_STAGING_TOKEN" -H 'Accept: application/json' | https://postmarkapp.com/developer/api/templates-api
D | curl -X POST https://api.postmarkapp.com/message-streams/broadcast-qa/archive -H "X-Postmark-Server-Token: $POSTMARK_STAGING_TOKEN" -H 'Accept: application/json' | https://postmarkapp.com/developer/api/message-streams-api
D | curl -X POST https://slack.com/api/files.delete -H "Authorization: Bearer $SLACK_BOT_TOKEN" -d file=F06MCSTGLOG1 | https://api.slack.com/methods/files.delete
D | curl -X POST https://slack.com/api/conversations.archive -H "Authorization: Bearer $SLACK_BOT_TOKEN" -d channel=C05MCSTGALERTS | https://api.slack.com/methods/conversations.archive
D | curl -X POST https://slack.com/api/auth.revoke -H "Authorization: Bearer $SLACK_STAGING_BOT_TOKEN" | https://api.slack.com/methods/auth.revoke
D | slack delete --app A07MCDEVAPP1 --team T01MCDEV --force | https://tools.slack.dev/slack-cli/reference/commands/slack_delete
D | slack env remove STRIPE_KEY --app A07MCSTGAPP2 | https://tools.slack.dev/slack-cli/reference/commands/slack_env_remove
D | sentry-cli releases files mc-web@2.14.0 delete --all --org mistlecombe --project mc-web-staging | https://docs.sentry.io/cli/releases/
D | curl -X POST "https://api.datadoghq.eu/api/v1/synthetics/tests/delete" -H "DD-API-KEY: $DD_API_KEY" -H "DD-APPLICATION-KEY: $DD_APP_KEY" -H 'Content-Type: application/json' -d '{"public_ids":["mc7-stg-001","mc7-stg-002"]}' | https://docs.datadoghq.com/api/latest/synthetics/
D | curl -X DELETE https://api.pagerduty.com/services/PMCSTG1 -H "Authorization: Token token=$PAGERDUTY_TOKEN" -H 'Accept: application/vnd.pagerduty+json;version=2' | https://developer.pagerduty.com/api-reference/
D | curl -X DELETE https://mistlecombe.grafana.net/api/datasources/uid/mc-staging-loki -H "Authorization: Bearer $GRAFANA_TOKEN" | https://grafana.com/docs/grafana/latest/developers/http_api/data_source/
D | curl -X DELETE http://localhost:3000/api/folders/mc-dev-scratch -u admin:admin | https://grafana.com/docs/grafana/latest/developers/http_api/folder/
D | wrangler r2 object delete mc-staging-assets/uploads/avatar-118.png --remote | https://developers.cloudflare.com/workers/wrangler/commands/#r2-object-delete
D | wrangler r2 bucket delete mc-dev-scratch | https://developers.cloudflare.com/workers/wrangler/commands/#r2-bucket-delete
D | wrangler kv key delete --namespace-id=0f2b8c9a7d6e5f4a3b2c1d0e9f8a7b6c session:4821 --remote | https://developers.cloudflare.com/workers/wrangler/commands/#kv-key-delete
D | wrangler kv namespace delete --binding=CACHE --env staging | https://developers.cloudflare.com/workers/wrangler/commands/#kv-namespace-delete
D | wrangler kv bulk delete stale-keys.json --binding=SESSIONS --env staging --remote --force | https://developers.cloudflare.com/workers/wrangler/commands/#kv-bulk-delete
D | wrangler d1 delete mc-staging-db --skip-confirmation | https://developers.cloudflare.com/workers/wrangler/commands/#d1-delete
D | wrangler secret delete STRIPE_SECRET_KEY --env staging | https://developers.cloudflare.com/workers/wrangler/commands/#secret-delete
D | wrangler pages project delete mc-docs-preview --yes | https://developers.cloudflare.com/workers/wrangler/commands/#project-delete
D | wrangler pages deployment delete 5f3c2a1b-0e9d-4c8b-a7f6-e5d4c3b2a190 --project-name mc-web-staging --force | https://developers.cloudflare.com/workers/wrangler/commands/#pages
D | fastly domain delete --service-id=McStg0aBcDeFgH12 --version=latest --autoclone --name=staging.mistlecombe.dev | https://www.fastly.com/documentation/reference/cli/domain/delete/
D | fastly dictionary-entry delete --service-id=McDev9zYxWvUt34 --dictionary-id=4bMcDict01 --all --force | https://www.fastly.com/documentation/reference/cli/dictionary-entry/delete/
D | fastly user delete --id=7McUsr01abcd | https://www.fastly.com/documentation/reference/cli/user/delete/
D | netlify env:unset STRIPE_SECRET_KEY --context branch-deploy | https://cli.netlify.com/commands/env/
D | netlify env:unset SENDGRID_API_KEY --context deploy-preview | https://cli.netlify.com/commands/env/
D | netlify blobs:delete uploads avatars/118.png --force | https://cli.netlify.com/commands/blobs/
D | vercel project rm mc-sandbox | https://vercel.com/docs/cli/project
D | vercel domains rm staging.mistlecombe.dev --yes | https://vercel.com/docs/cli/domains
D | vercel env rm DATABASE_URL development --yes | https://vercel.com/docs/cli/env
D | eas branch:delete feature-checkout --non-interactive | https://github.com/expo/eas-cli
D | eas channel:delete staging --non-interactive | https://github.com/expo/eas-cli
D | eas secret:delete --id 7e2a9c4b-1d3f-4a6e-b8c0-5f9e2d1a3b4c --non-interactive | https://github.com/expo/eas-cli
D | eas update:delete 3f9a2c1e-7b4d-4e8a-9c6f-1d2e3f4a5b6c --non-interactive | https://github.com/expo/eas-cli
D | firebase appdistribution:testers:remove qa1@mistlecombe.dev qa2@mistlecombe.dev --project mc-staging | https://firebase.google.com/docs/app-distribution/android/distribute-cli
D | firebase appdistribution:group:delete internal-qa --project mc-staging | https://firebase.google.com/docs/app-distribution/android/distribute-cli
D | shopify theme delete --theme 142857142857 --store mc-dev.myshopify.com --force | https://shopify.dev/docs/api/shopify-cli/theme/commands/delete
D | shopify theme delete --development --store mc-staging.myshopify.com --force | https://shopify.dev/docs/api/shopify-cli/theme/commands/delete
D | contentful space environment delete --space-id mcspace01 --environment-id dev-feature-cart | https://github.com/contentful/contentful-cli/tree/master/docs/space/environment/delete
D | sanity dataset delete staging --force | https://www.sanity.io/docs/cli-reference/dataset
D | sanity documents delete post-118 post-119 --dataset staging | https://www.sanity.io/docs/cli-reference/documents
D | sanity cors delete http://localhost:3333 | https://www.sanity.io/docs/cli-reference/cors
D | sanity hook delete mc-staging-revalidate | https://www.sanity.io/docs/cli-reference/hook
D | npx strapi import -f mc-dev-seed.tar.gz --force | https://docs.strapi.io/cms/cli
D | wp site empty --yes | https://developer.wordpress.org/cli/commands/site/empty/
D | wp user delete 12 --yes | https://developer.wordpress.org/cli/commands/user/delete/
D | wp user delete $(wp user list --role=subscriber --field=ID) --reassign=1 | https://developer.wordpress.org/cli/commands/user/delete/
D | wp @staging user delete 44 --reassign=1 | https://developer.wordpress.org/cli/commands/user/delete/
D | wp option delete mc_stripe_secret_key | https://developer.wordpress.org/cli/commands/option/delete/
D | algolia indices delete mc_dev_products --confirm | https://www.algolia.com/doc/tools/cli/commands/indices/delete
D | algolia indices delete mc_staging_products --confirm | https://www.algolia.com/doc/tools/cli/commands/indices/delete
D | algolia indices clear mc_staging_products --confirm | https://www.algolia.com/doc/tools/cli/commands/indices/clear
D | algolia objects delete mc_dev_products --object-ids 118,119,120 --confirm | https://www.algolia.com/doc/tools/cli/commands/objects/delete
D | algolia objects delete mc_staging_products --filters "brand:mistlecombe" --confirm | https://www.algolia.com/doc/tools/cli/commands/objects/delete
D | algolia apikeys delete 7e2a9c4b1d3f4a6eb8c05f9e2d1a3b4c --confirm | https://www.algolia.com/doc/tools/cli/commands/apikeys/delete
D | algolia rules delete mc_staging_products --rule-ids promo-spring --confirm | https://www.algolia.com/doc/tools/cli/commands/rules/delete
D | curl -X POST "https://${ALGOLIA_APP_ID}.algolia.net/1/indexes/mc_dev_products/clear" -H "X-Algolia-API-Key: $ALGOLIA_ADMIN_KEY" -H "X-Algolia-Application-Id: $ALGOLIA_APP_ID" | https://www.algolia.com/doc/rest-api/search/clear-objects
D | curl -g -X DELETE "https://api.airtable.com/v0/appMcStaging01/Orders?records[]=rec560UJdUtocSouk&records[]=rec3lbPRG4aVqkeOQ" -H "Authorization: Bearer $AIRTABLE_TOKEN" | https://airtable.com/developers/web/api/delete-multiple-records
D | curl -X DELETE https://api.notion.com/v1/blocks/2f4a6c8e-1b3d-4f5a-9c7e-0d2b4f6a8c1e -H "Authorization: Bearer $NOTION_TOKEN" -H 'Notion-Version: 2022-06-28' | https://developers.notion.com/reference/delete-a-block
D | glab variable delete STRIPE_SECRET_KEY --scope staging --repo mistlecombe/mc-web | https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/variable/delete.md
D | glab release delete v2.14.0-rc.3 --with-tag --yes --repo mistlecombe/mc-web | https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/release/delete.md
D | glab ci delete 1084267 --repo mistlecombe/mc-web | https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/ci/delete.md
D | glab schedule delete 42 --repo mistlecombe/mc-web | https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/schedule/delete.md
D | glab deploy-key delete 118 --repo mistlecombe/mc-web | https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/deploy-key/delete.md
D | glab api --method DELETE projects/mistlecombe%2Fmc-web/hooks/12 | https://docs.gitlab.com/api/project_webhooks/
D | glab api -X DELETE projects/mistlecombe%2Fmc-web/registry/repositories/9/tags/staging-2024 | https://docs.gitlab.com/api/container_registry/
D | gh api --method DELETE repos/mistlecombe/mc-web/keys/88123456 | https://docs.github.com/en/rest/deploy-keys/deploy-keys#delete-a-deploy-key
D | gh api -X DELETE repos/mistlecombe/mc-web/environments/staging | https://docs.github.com/en/rest/deployments/environments#delete-an-environment
D | gh api -X DELETE repos/mistlecombe/mc-web/actions/secrets/STRIPE_SECRET_KEY | https://docs.github.com/en/rest/actions/secrets#delete-a-repository-secret
D | gh release delete v2.14.0-rc.3 --cleanup-tag --yes --repo mistlecombe/mc-web | https://cli.github.com/manual/gh_release_delete
D | ldcli flags delete --project mistlecombe --flag new-checkout-flow | https://launchdarkly.com/docs/home/getting-started/ldcli-commands
D | ldcli environments delete --project mistlecombe --environment staging | https://launchdarkly.com/docs/home/getting-started/ldcli-commands
D | curl -X DELETE https://unleash.mc-staging.mistlecombe.dev/api/admin/archive/legacy-cart -H "Authorization: $UNLEASH_STAGING_TOKEN" | https://docs.getunleash.io/reference/api/unleash/delete-feature
D | git push --force origin feature/stripe-webhooks | https://git-scm.com/docs/git-push
D | git checkout -- config/wrangler.toml | https://git-scm.com/docs/git-checkout
D | git filter-repo --path .env.staging --invert-paths | https://github.com/newren/git-filter-repo
P | stripe customers delete cus_LiveQmR8cTn2Lx --live | https://docs.stripe.com/cli/resources
P | stripe get /v1/charges --live -d limit=5 | https://docs.stripe.com/cli/get
P | stripe logs tail --live | https://docs.stripe.com/cli/logs/tail
P | stripe listen --live --forward-to localhost:4242/webhooks/stripe | https://docs.stripe.com/cli/listen
P | stripe webhook_endpoints list --live | https://docs.stripe.com/cli/resources
P | stripe webhook_endpoints delete we_1LiveM2nLpQr7St --live | https://docs.stripe.com/cli/resources
P | stripe products list --project-name mistlecombe-prod --live | https://docs.stripe.com/cli/resources
P | stripe payouts list --live --limit 5 | https://docs.stripe.com/cli/resources
P | curl https://api.stripe.com/v1/customers?limit=3 -u sk_live_51McProdAbCdEfGhIjKlMnOpQrStUv: | https://docs.stripe.com/api/customers/list
P | curl https://api.stripe.com/v1/refunds -u "$STRIPE_LIVE_SECRET_KEY:" -d charge=ch_3LiveL9sLkT2vR5n0m2k | https://docs.stripe.com/api/refunds/create
P | curl https://api.stripe.com/v1/balance_transactions -u "$STRIPE_LIVE_SECRET_KEY:" -d limit=10 -G | https://docs.stripe.com/api/balance_transactions/list
P | auth0 users delete "auth0|64a0b1c2d3e4f5a6b7c8d9e0" --tenant mistlecombe-prod.eu.auth0.com --force | https://auth0.github.io/auth0-cli/auth0_users_delete.html
P | auth0 apps list --tenant mistlecombe-prod.eu.auth0.com | https://auth0.github.io/auth0-cli/auth0_apps_list.html
P | auth0 apps delete Pq8Rt2Lm9NvB3cZ7kPw4Ys6Ud1Fh0Prd --tenant mistlecombe-prod.eu.auth0.com --force | https://auth0.github.io/auth0-cli/auth0_apps_delete.html
P | curl -H "Authorization: SSWS $OKTA_PROD_TOKEN" "https://mistlecombe.okta.com/api/v1/users?limit=25" | https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/listUsers
P | firebase auth:export prod-users.json --format=json --project mistlecombe-prod | https://firebase.google.com/docs/cli/auth
P | firebase database:get /users --project mistlecombe-prod | https://firebase.google.com/docs/cli#realtime_database_commands
P | firebase hosting:channel:list --project mistlecombe-prod | https://firebase.google.com/docs/hosting/test-preview-deploy
P | supabase link --project-ref mcprodrefxyz98765 | https://supabase.com/docs/reference/cli/supabase-link
P | kcadm.sh config credentials --server https://sso.mistlecombe.com --realm master --user admin | https://www.keycloak.org/docs/latest/server_admin/index.html#the-admin-cli
P | twilio profiles:use mistlecombe-prod | https://www.twilio.com/docs/twilio-cli/general-usage/profiles
P | curl -X GET https://api.sendgrid.com/v3/marketing/contacts/count -H "Authorization: Bearer $SENDGRID_PROD_KEY" | https://www.twilio.com/docs/sendgrid/api-reference/contacts/get-total-contact-count
P | curl -s --user "api:$MAILGUN_API_KEY" https://api.mailgun.net/v3/mg.mistlecombe.com/events | https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Events/
P | curl -s --user "api:$MAILGUN_API_KEY" -X DELETE https://api.mailgun.net/v3/mg.mistlecombe.com/unsubscribes | https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Unsubscribe/
P | sentry-cli deploys new --release mc-web@2.14.0 -e production --org mistlecombe --project mc-web | https://docs.sentry.io/cli/releases/
P | sentry-cli releases delete mc-web@2.13.9 --org mistlecombe --project mistlecombe-prod | https://docs.sentry.io/cli/releases/
P | curl -G "https://api.datadoghq.eu/api/v1/monitor" -d monitor_tags=env:production -H "DD-API-KEY: $DD_API_KEY" -H "DD-APPLICATION-KEY: $DD_APP_KEY" | https://docs.datadoghq.com/api/latest/monitors/
P | curl -X POST "https://api.datadoghq.eu/api/v2/logs/events/search" -H "DD-API-KEY: $DD_API_KEY" -H "DD-APPLICATION-KEY: $DD_APP_KEY" -H 'Content-Type: application/json' -d '{"filter":{"query":"env:production service:mc-api status:error","from":"now-1h"}}' | https://docs.datadoghq.com/api/latest/logs/
P | curl -X DELETE https://api.pagerduty.com/services/PMCPROD -H "Authorization: Token token=$PAGERDUTY_TOKEN" -H 'Accept: application/vnd.pagerduty+json;version=2' | https://developer.pagerduty.com/api-reference/
P | curl -X DELETE https://mistlecombe.grafana.net/api/dashboards/uid/mc-prod-overview -H "Authorization: Bearer $GRAFANA_TOKEN" | https://grafana.com/docs/grafana/latest/developers/http_api/dashboard/
P | wrangler r2 object get mistlecombe-prod-assets/exports/customers.csv --remote --file customers.csv | https://developers.cloudflare.com/workers/wrangler/commands/#r2-object-get
P | wrangler r2 bucket delete mistlecombe-prod-uploads | https://developers.cloudflare.com/workers/wrangler/commands/#r2-bucket-delete
P | wrangler kv key list --binding=SESSIONS --env production --remote | https://developers.cloudflare.com/workers/wrangler/commands/#kv-key-list
P | wrangler kv key delete --binding=SESSIONS --env production --remote user:118 | https://developers.cloudflare.com/workers/wrangler/commands/#kv-key-delete
P | wrangler d1 execute mistlecombe-prod-db --remote --command "SELECT count(*) FROM users" | https://developers.cloudflare.com/workers/wrangler/commands/#d1-execute
P | wrangler d1 export mistlecombe-prod-db --remote --output prod.sql | https://developers.cloudflare.com/workers/wrangler/commands/#d1-export
P | wrangler tail mc-api --env production | https://developers.cloudflare.com/workers/wrangler/commands/#tail
P | wrangler delete mc-api-production --force | https://developers.cloudflare.com/workers/wrangler/commands/#delete
P | fastly purge --all --service-id=McProd7aBcDeFgH | https://www.fastly.com/documentation/reference/cli/purge/
P | fastly service delete --service-id=McProd7aBcDeFgH --force | https://www.fastly.com/documentation/reference/cli/service/delete/
P | fastly compute publish --service-id=McProd7aBcDeFgH | https://www.fastly.com/documentation/reference/cli/compute/publish/
P | netlify env:unset STRIPE_SECRET_KEY --context production | https://cli.netlify.com/commands/env/
P | netlify sites:delete mistlecombe-prod --force | https://cli.netlify.com/commands/sites/
P | vercel logs www.mistlecombe.com | https://vercel.com/docs/cli/logs
P | vercel rollback www.mistlecombe.com | https://vercel.com/docs/cli/rollback
P | fastlane supply --track production --aab app-release.aab | https://docs.fastlane.tools/actions/supply/
P | eas submit --platform ios --profile production | https://github.com/expo/eas-cli
P | eas build --platform android --profile production | https://github.com/expo/eas-cli
P | firebase appdistribution:distribute app-release.apk --app 1:381204774411:android:prod0a1b2c3d4e5f --groups prod-beta --project mistlecombe-prod | https://firebase.google.com/docs/app-distribution/android/distribute-cli
P | shopify theme list --store mc-prod.myshopify.com | https://shopify.dev/docs/api/shopify-cli/theme/commands/list
P | shopify theme delete --theme 150001 --store mc-prod.myshopify.com --force | https://shopify.dev/docs/api/shopify-cli/theme/commands/delete
P | shopify theme pull --store mc-prod.myshopify.com --live | https://shopify.dev/docs/api/shopify-cli/theme/commands/pull
P | contentful space export --space-id mcspace01 --environment-id master --content-file prod-export.json | https://github.com/contentful/contentful-cli/tree/master/docs/space/export
P | contentful space environment delete --space-id mcspace01 --environment-id master | https://github.com/contentful/contentful-cli/tree/master/docs/space/environment/delete
P | sanity dataset export production prod.tar.gz | https://www.sanity.io/docs/cli-reference/dataset
P | npx strapi transfer --from https://cms.mistlecombe.com/admin --from-token $STRAPI_PROD_TRANSFER_TOKEN | https://docs.strapi.io/cms/cli
P | algolia indices list --profile mistlecombe-prod | https://www.algolia.com/doc/tools/cli/commands/indices/list
P | algolia objects browse mc_prod_products --profile mistlecombe-prod | https://www.algolia.com/doc/tools/cli/commands/objects/browse
P | curl https://search.mistlecombe.com/tasks?statuses=failed -H "Authorization: Bearer $MEILI_PROD_KEY" | https://www.meilisearch.com/docs/reference/api/tasks
P | curl -X DELETE https://ts.mistlecombe.com/collections/products -H "X-TYPESENSE-API-KEY: $TYPESENSE_PROD_KEY" | https://typesense.org/docs/latest/api/collections.html
P | glab variable list --scope production --repo mistlecombe/mc-web | https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/variable/list.md
P | gh api -X DELETE repos/mistlecombe/mc-web/environments/production | https://docs.github.com/en/rest/deployments/environments#delete-an-environment
P | gh variable set API_URL --env production --body https://api.mistlecombe.com --repo mistlecombe/mc-web | https://cli.github.com/manual/gh_variable_set
P | ldcli flags get --project mistlecombe --flag new-checkout-flow --env production | https://launchdarkly.com/docs/home/getting-started/ldcli-commands
P | curl https://unleash.mistlecombe.com/api/admin/projects/default/features -H "Authorization: $UNLEASH_PROD_TOKEN" | https://docs.getunleash.io/reference/api/unleash/get-features
B | stripe customers retrieve cus_QmR8cTn2LxVb4d | https://docs.stripe.com/cli/resources
B | stripe customers list --project-name mc-staging --limit 20 | https://docs.stripe.com/cli/resources
B | stripe trigger invoice.payment_failed --override customer:email=qa@mistlecombe.dev | https://docs.stripe.com/cli/trigger
B | stripe events list --limit 10 | https://docs.stripe.com/cli/resources
B | stripe events resend evt_1PqR2sLkT2vR5nWaAbCd1234 | https://docs.stripe.com/cli/events/resend
B | stripe get /v1/subscriptions -d status=canceled --project-name mc-staging | https://docs.stripe.com/cli/get
B | stripe config --list | https://docs.stripe.com/cli/config
B | stripe samples list | https://docs.stripe.com/cli/samples
B | stripe version | https://docs.stripe.com/cli/version
B | stripe customers create --email qa+118@mistlecombe.dev --name "QA Buyer" | https://docs.stripe.com/cli/resources
B | curl -G https://api.stripe.com/v1/customers/search -u "$STRIPE_TEST_SECRET_KEY:" --data-urlencode "query=email:'qa@mistlecombe.dev'" | https://docs.stripe.com/api/customers/search
B | auth0 test login Xq8Rt2Lm9NvB3cZ7kPw4Ys6Ud1Fh0Gj5 --tenant mc-dev.eu.auth0.com | https://auth0.github.io/auth0-cli/auth0_test_login.html
B | auth0 test token Xq8Rt2Lm9NvB3cZ7kPw4Ys6Ud1Fh0Gj5 --audience https://api.mc-dev.mistlecombe.dev | https://auth0.github.io/auth0-cli/auth0_test_token.html
B | auth0 users delete --help | https://auth0.github.io/auth0-cli/auth0_users_delete.html
B | curl -H "Authorization: Bearer $AUTH0_STAGING_TOKEN" "https://mc-staging.eu.auth0.com/api/v2/users?q=email%3A%22qa%40mistlecombe.dev%22" | https://auth0.com/docs/api/management/v2/users/get-users
B | curl -H "Authorization: SSWS $OKTA_STAGING_TOKEN" "https://mistlecombe-staging.okta.com/api/v1/users?search=profile.department+eq+%22QA%22" | https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/listUsers
B | firebase emulators:start --only auth,firestore --project demo-mc | https://firebase.google.com/docs/emulator-suite/install_and_configure
B | firebase emulators:exec --only firestore "npm test" --project demo-mc | https://firebase.google.com/docs/emulator-suite/install_and_configure
B | firebase apps:list --project mc-staging | https://firebase.google.com/docs/cli#project_management_commands
B | firebase hosting:channel:deploy pr-482 --project mc-dev --expires 7d | https://firebase.google.com/docs/hosting/test-preview-deploy
B | firebase auth:export staging-users.json --format=json --project mc-staging | https://firebase.google.com/docs/cli/auth
B | supabase test db | https://supabase.com/docs/reference/cli/supabase-test-db
B | supabase gen types typescript --local > src/types/supabase.ts | https://supabase.com/docs/reference/cli/supabase-gen-types
B | supabase db dump --local -f supabase/seed-snapshot.sql --data-only | https://supabase.com/docs/reference/cli/supabase-db-dump
B | curl "http://127.0.0.1:54321/auth/v1/admin/users?page=1&per_page=20" -H "apikey: $SUPABASE_SERVICE_ROLE_KEY" -H "Authorization: Bearer $SUPABASE_SERVICE_ROLE_KEY" | https://supabase.com/docs/reference/javascript/auth-admin-listusers
B | kcadm.sh get realms/mc-dev | https://www.keycloak.org/docs/latest/server_admin/index.html#the-admin-cli
B | kcadm.sh create users -r mc-dev -s username=qa7 -s enabled=true | https://www.keycloak.org/docs/latest/server_admin/index.html#the-admin-cli
B | twilio api:core:messages:list --limit 20 | https://www.twilio.com/docs/messaging/api/message-resource
B | twilio phone-numbers:list -p mc-staging | https://www.twilio.com/docs/twilio-cli/general-usage
B | twilio debugger:logs:list --start-date 2024-12-01 -p mc-staging | https://www.twilio.com/docs/twilio-cli/general-usage
B | twilio api:core:messages:create --from +15005550006 --to +15005550009 --body "test" -p mc-dev | https://www.twilio.com/docs/messaging/api/message-resource
B | curl -X GET https://api.sendgrid.com/v3/templates?generations=dynamic -H "Authorization: Bearer $SENDGRID_STAGING_KEY" | https://www.twilio.com/docs/sendgrid/api-reference/transactional-templates/retrieve-paged-transactional-templates
B | curl -X GET "https://api.sendgrid.com/v3/suppression/bounces?start_time=1733011200" -H "Authorization: Bearer $SENDGRID_STAGING_KEY" | https://www.twilio.com/docs/sendgrid/api-reference/bounces-api/retrieve-all-bounces
B | curl -X GET https://api.sendgrid.com/v3/api_keys -H "Authorization: Bearer $SENDGRID_API_KEY" | https://www.twilio.com/docs/sendgrid/api-reference/api-keys/retrieve-all-api-keys-belonging-to-the-authenticated-user
B | curl https://api.postmarkapp.com/templates?count=50\&offset=0 -H "X-Postmark-Server-Token: $POSTMARK_STAGING_TOKEN" -H 'Accept: application/json' | https://postmarkapp.com/developer/api/templates-api
B | curl -H "Authorization: Bearer $SLACK_BOT_TOKEN" "https://slack.com/api/conversations.history?channel=C05MCSTGALERTS&limit=20" | https://api.slack.com/methods/conversations.history
B | slack app list | https://tools.slack.dev/slack-cli/reference/commands/slack_app_list
B | slack activity --tail --app A07MCSTGAPP2 | https://tools.slack.dev/slack-cli/reference/commands/slack_activity
B | slack delete --help | https://tools.slack.dev/slack-cli/reference/commands/slack_delete
B | sentry-cli releases list --org mistlecombe --project mc-web-staging | https://docs.sentry.io/cli/releases/
B | sentry-cli releases propose-version | https://docs.sentry.io/cli/releases/
B | sentry-cli releases new mc-web@2.14.0-dev.4 --org mistlecombe --project mc-web-dev | https://docs.sentry.io/cli/releases/
B | sentry-cli sourcemaps upload --release mc-web@2.14.0-dev.4 --org mistlecombe --project mc-web-dev ./dist | https://docs.sentry.io/cli/releases/
B | sentry-cli issues list --org mistlecombe --project mc-web-staging --status unresolved | https://docs.sentry.io/cli/issues/
B | datadog-ci junit upload --service mc-web --env ci reports/junit.xml | https://github.com/DataDog/datadog-ci
B | curl https://mistlecombe.grafana.net/api/dashboards/uid/mc-staging-latency -H "Authorization: Bearer $GRAFANA_TOKEN" | https://grafana.com/docs/grafana/latest/developers/http_api/dashboard/
B | wrangler whoami | https://developers.cloudflare.com/workers/wrangler/commands/#whoami
B | wrangler r2 bucket list | https://developers.cloudflare.com/workers/wrangler/commands/#r2-bucket-list
B | wrangler r2 object get mc-staging-assets/uploads/avatar-118.png --remote --file /tmp/avatar-118.png | https://developers.cloudflare.com/workers/wrangler/commands/#r2-object-get
B | wrangler kv key get --binding=CACHE --local "flags:v2" | https://developers.cloudflare.com/workers/wrangler/commands/#kv-key-get
B | wrangler d1 list | https://developers.cloudflare.com/workers/wrangler/commands/#d1-list
B | wrangler d1 export mc-staging-db --remote --output staging-backup.sql | https://developers.cloudflare.com/workers/wrangler/commands/#d1-export
B | wrangler versions list --env staging | https://developers.cloudflare.com/workers/wrangler/commands/#versions-list
B | wrangler r2 bucket delete --help | https://developers.cloudflare.com/workers/wrangler/commands/#r2-bucket-delete
B | fastly compute serve --watch | https://www.fastly.com/documentation/reference/cli/compute/serve/
B | fastly log-tail --service-id=McStg0aBcDeFgH12 | https://www.fastly.com/documentation/reference/cli/log-tail/
B | netlify env:get STRIPE_PUBLISHABLE_KEY --context branch-deploy | https://cli.netlify.com/commands/env/
B | netlify logs:function stripe-webhook | https://cli.netlify.com/commands/logs/
B | vercel | https://vercel.com/docs/cli/deploy
B | vercel env pull .env.local --environment=development | https://vercel.com/docs/cli/env
B | vercel inspect mc-web-git-feature-cart-mistlecombe.vercel.app --logs | https://vercel.com/docs/cli/inspect
B | vercel dns ls mistlecombe.dev | https://vercel.com/docs/cli/dns
B | rm -rf .vercel/output | https://vercel.com/docs/cli/build
B | fastlane gym --scheme Mistlecombe --export_method development | https://docs.fastlane.tools/actions/gym/
B | fastlane pilot builds | https://docs.fastlane.tools/actions/pilot/
B | fastlane run clear_derived_data | https://docs.fastlane.tools/actions/clear_derived_data/
B | eas build --platform android --profile development --local | https://github.com/expo/eas-cli
B | eas build:view 3f9a2c1e-7b4d-4e8a-9c6f-1d2e3f4a5b6c | https://github.com/expo/eas-cli
B | eas update:list --branch preview | https://github.com/expo/eas-cli
B | eas channel:list | https://github.com/expo/eas-cli
B | eas whoami | https://github.com/expo/eas-cli
B | rm -rf .expo node_modules/.cache | https://github.com/expo/eas-cli
B | curl -g -H "Authorization: Bearer $ASC_JWT" "https://api.appstoreconnect.apple.com/v1/apps?filter[bundleId]=dev.mistlecombe.app" | https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps
B | shopify theme check | https://shopify.dev/docs/api/shopify-cli/theme/commands/check
B | shopify theme delete --help | https://shopify.dev/docs/api/shopify-cli/theme/commands/delete
B | contentful space export --space-id mcspace01 --environment-id staging --content-file staging-export.json | https://github.com/contentful/contentful-cli/tree/master/docs/space/export
B | contentful space import --space-id mcspace01 --environment-id dev-feature-cart --content-file fixtures/content.json | https://github.com/contentful/contentful-cli/tree/master/docs/space/import
B | contentful merge show --space-id mcspace01 --source staging --target dev-feature-cart | https://github.com/contentful/contentful-merge
B | sanity dev | https://www.sanity.io/docs/cli-reference/dev
B | sanity cors list | https://www.sanity.io/docs/cli-reference/cors
B | npx strapi develop | https://docs.strapi.io/cms/cli
B | wp core verify-checksums | https://developer.wordpress.org/cli/commands/core/verify-checksums/
B | wp db export mc-dev.sql | https://developer.wordpress.org/cli/commands/db/export/
B | wp db import mc-dev.sql | https://developer.wordpress.org/cli/commands/db/import/
B | wp user list --role=administrator | https://developer.wordpress.org/cli/commands/user/list/
B | wp @staging plugin list | https://developer.wordpress.org/cli/commands/plugin/list/
B | algolia search mc_staging_products --query "lamp" --hitsPerPage 5 | https://www.algolia.com/doc/tools/cli/commands/search
B | algolia objects browse mc_dev_products --attributesToRetrieve objectID,name | https://www.algolia.com/doc/tools/cli/commands/objects/browse
B | algolia objects import mc_dev_products --file fixtures/products.ndjson | https://www.algolia.com/doc/tools/cli/commands/objects/import
B | algolia profile list | https://www.algolia.com/doc/tools/cli/commands/profile/list
B | curl -X POST https://search.mc-staging.mistlecombe.dev/indexes/products/search -H "Authorization: Bearer $MEILI_STAGING_KEY" -H 'Content-Type: application/json' --data-binary '{"q": "lamp"}' | https://www.meilisearch.com/docs/reference/api/search
B | glab ci list --status failed | https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/ci/list.md
B | glab ci trace 1084267 | https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/ci/trace.md
B | glab variable list --scope staging --repo mistlecombe/mc-web | https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/variable/list.md
B | glab api projects/mistlecombe%2Fmc-web/hooks | https://docs.gitlab.com/api/project_webhooks/
B | gh api repos/mistlecombe/mc-web/hooks | https://docs.github.com/en/rest/repos/webhooks#list-repository-webhooks
B | gh api repos/mistlecombe/mc-web/keys | https://docs.github.com/en/rest/deploy-keys/deploy-keys#list-deploy-keys
B | gh api repos/mistlecombe/mc-web/hooks/471128342/deliveries --paginate | https://docs.github.com/en/rest/repos/webhooks#list-deliveries-for-a-repository-webhook
B | gh secret list --env staging --repo mistlecombe/mc-web | https://cli.github.com/manual/gh_secret_list
B | gh repo deploy-key list --repo mistlecombe/mc-web | https://cli.github.com/manual/gh_repo_deploy-key_list
B | gh cache delete --all --repo mistlecombe/mc-web | https://cli.github.com/manual/gh_cache_delete
B | grep -rn 'sk_live_' --include='*.ts' src/ | https://man7.org/linux/man-pages/man1/grep.1.html
B | grep -rn "DELETE FROM" migrations/ supabase/migrations/ | https://man7.org/linux/man-pages/man1/grep.1.html
B | jq '.data[] | select(.deleted == true) | .id' stripe-customers.json | https://jqlang.org/manual/
B | npm run test -- --grep "refund" | https://docs.npmjs.com/cli/v10/commands/npm-run-script
B | npm run lint | https://docs.npmjs.com/cli/v10/commands/npm-run-script
B | npx playwright test tests/checkout.spec.ts | https://playwright.dev/docs/test-cli
B | twilio api:core:keys:list -p mc-dev | https://www.twilio.com/docs/iam/api-keys/key-resource-v2010
B | contentful space environment delete --help | https://github.com/contentful/contentful-cli/tree/master/docs/space/environment/delete
B | wrangler queues purge --help | https://developers.cloudflare.com/workers/wrangler/commands/#queues
B | fastly kv-store delete --help | https://www.fastly.com/documentation/reference/cli/kv-store/delete/
B | glab variable delete --help | https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/variable/delete.md
B | ldcli flags delete --help | https://launchdarkly.com/docs/home/getting-started/ldcli-commands
B | kcadm.sh delete --help | https://www.keycloak.org/docs/latest/server_admin/index.html#the-admin-cli
B | supabase projects delete --help | https://supabase.com/docs/reference/cli/supabase-projects-delete
B | algolia objects delete --help | https://www.algolia.com/doc/tools/cli/commands/objects/delete
B | gh cache list --repo mistlecombe/mc-web --sort size_in_bytes | https://cli.github.com/manual/gh_cache_list
B | grep -rn "purge_everything" infra/ scripts/ | https://man7.org/linux/man-pages/man1/grep.1.html
B | grep -rn "delete_all_contacts" src/email/ | https://man7.org/linux/man-pages/man1/grep.1.html
B | grep -rln "firestore:delete" scripts/ package.json | https://man7.org/linux/man-pages/man1/grep.1.html
B | git log -i --grep="drop table" --oneline | https://git-scm.com/docs/git-log
B | git diff --stat origin/main -- supabase/migrations | https://git-scm.com/docs/git-diff
B | rm -rf ~/Library/Developer/Xcode/DerivedData/Mistlecombe-* | https://man7.org/linux/man-pages/man1/rm.1.html
B | rm -rf .firebase/hosting.ZGlzdA.cache | https://firebase.google.com/docs/hosting/test-preview-deploy
B | curl -s "https://api.stripe.com/v1/events?type=customer.deleted&limit=5" -u "$STRIPE_TEST_SECRET_KEY:" | https://docs.stripe.com/api/events/list
"""##
}
