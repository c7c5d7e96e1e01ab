// The labelled corpus: expected decisions under dev, staging and production (A allow or audit,
// Q ask, D deny), then the command line as a shell would split it.

enum LabelledCorpus {
    static let destructive = ##"""
Q Q D | railway volume delete vol-123
Q Q D | railway --json volume delete vol-1
Q Q D | railway volume rm data
Q Q D | railway down
Q Q D | railway down -y
Q Q D | railway service delete api
Q Q D | railway environment delete pr-42
Q Q D | railway project delete
D D D | rm -rf /
D D D | rm -rf ~
D D D | rm -rf $HOME
D D D | rm -fr /usr
D D D | rm -r -f /etc
D D D | rm --recursive --force /var
D D D | rm -rf ..
D D D | rm -rf .
D D D | rm -rf /*
D D D | rm -rf -- /
D D D | rm -Rf ~/.ssh
D D D | rm -rf ~/.config
D D D | rm -rf /home
D D D | rm -rf ../../
Q Q D | rm -rf ../other-project
Q Q D | rm -rf ~/Downloads/archive
Q Q D | rm -r /var/lib/postgresql/data
Q Q D | rm -rf /srv/app/uploads
Q Q D | shred -u secrets.txt
D D D | dd if=/dev/zero of=/dev/sda bs=1M
D D D | mkfs.ext4 /dev/sdb1
D D D | mkfs -t xfs /dev/nvme0n1
D D D | wipefs -a /dev/sda
Q Q D | find / -name '*.log' -delete
Q Q D | find ~ -type f -delete
Q Q D | find . -delete
D D D | chmod -R 777 /
D D D | git push --force origin main
D D D | git push -f origin master
D D D | git push origin main --force
D D D | git push --force-with-lease origin HEAD:main
D D D | git push -uf origin master
D D D | git push origin +main
D D D | git push origin +HEAD:master
Q Q D | git push --force origin feature/login
Q Q D | git push --mirror backup
Q Q D | git push origin --delete main
Q Q D | git push origin :release-1
Q Q D | git reset --hard HEAD~3
Q Q D | git reset --hard origin/main
Q Q D | git clean -fdx
Q Q D | git clean -fd
Q Q D | git branch -D feature/old
Q Q D | git filter-branch --tree-filter 'rm -f secrets' HEAD
Q Q D | git filter-repo --path secrets --invert-paths
Q Q D | git stash clear
Q Q D | git reflog expire --expire=now --all
Q Q D | gh repo delete me/app --yes
Q Q D | gh release delete v1.0.0 -y
Q Q D | gh secret delete API_KEY
Q Q D | gh api -X DELETE repos/me/app
Q Q D | gh api --method DELETE /repos/me/app/git/refs/heads/main
Q Q D | fly apps destroy myapp
Q Q D | flyctl volumes destroy vol_123 -y
Q Q D | fly destroy myapp --yes
Q Q D | fly postgres detach db
Q Q D | fly machine destroy 1234 --force
Q Q D | heroku apps:destroy --app myapp --confirm myapp
Q Q D | heroku pg:reset DATABASE_URL --confirm myapp
Q Q D | heroku addons:destroy heroku-postgresql
Q Q D | vercel remove my-app --yes
Q Q D | vercel project rm my-app
Q Q D | vercel env rm API_KEY
Q Q D | netlify sites:delete abc123
Q Q D | supabase db reset --linked
Q Q D | supabase projects delete abcd
Q Q D | supabase functions delete hello
Q Q D | firebase firestore:delete --all-collections
Q Q D | firebase database:remove /
Q Q D | firebase functions:delete api
Q Q D | aws s3 rm s3://bucket --recursive
Q Q D | aws s3 rb s3://bucket --force
Q Q D | aws s3 sync ./dist s3://site --delete
Q Q D | aws rds delete-db-instance --db-instance-identifier app-db --skip-final-snapshot
Q Q D | aws dynamodb delete-table --table-name users
Q Q D | aws ec2 terminate-instances --instance-ids i-0abc
Q Q D | aws cloudformation delete-stack --stack-name app
Q Q D | aws iam delete-user --user-name bob
Q Q D | aws kms schedule-key-deletion --key-id 1234
Q Q D | aws secretsmanager delete-secret --secret-id db-pass --force-delete-without-recovery
Q Q D | aws lambda delete-function --function-name api
Q Q D | aws s3api delete-bucket --bucket b
Q Q D | aws ecr batch-delete-image --repository-name app --image-ids imageTag=v1
Q Q D | aws eks delete-cluster --name c1
Q Q D | gcloud compute instances delete vm-1 --zone us-east1-b
Q Q D | gcloud sql instances delete app-db
Q Q D | gcloud projects delete my-proj
Q Q D | gcloud container clusters delete c1 --region us-east1
Q Q D | gcloud storage rm -r gs://bucket
Q Q D | gsutil rm -r gs://bucket
Q Q D | gsutil rb gs://bucket
Q Q D | gcloud run services delete api
Q Q D | az group delete --name rg-app --yes
Q Q D | az vm delete -g rg -n vm1 --yes
Q Q D | az storage account delete -n st1
Q Q D | az keyvault purge --name kv1
Q Q D | az sql db delete -g rg -s srv -n db
Q Q D | doctl compute droplet delete web-1
Q Q D | kubectl delete namespace shop
Q Q D | kubectl delete ns/shop
Q Q D | kubectl delete pod api-123
Q Q D | kubectl delete -f deploy.yaml
Q Q D | kubectl delete pvc --all
Q Q D | kubectl -n shop delete deployment api
Q Q D | kubectl drain node-1 --ignore-daemonsets
Q Q D | kubectl scale deploy api --replicas=0
Q Q D | kubectl scale --replicas 0 sts/db
Q Q D | kubectl replace --force -f x.yaml
Q Q D | helm uninstall api
Q Q D | helm delete api --purge
Q Q D | terraform destroy
Q Q D | terraform destroy -auto-approve
Q Q D | terraform -chdir=infra destroy
Q Q D | tofu destroy
Q Q D | terraform apply -destroy -auto-approve
Q Q D | terraform state rm aws_db_instance.main
Q Q D | terraform workspace delete old
Q Q D | pulumi destroy --yes
Q Q D | pulumi stack rm dev --yes
Q Q D | cdk destroy --all
Q Q D | sls remove
Q Q D | docker volume rm pgdata
Q Q D | docker volume prune -f
Q Q D | docker system prune -af --volumes
Q Q D | docker compose down -v
Q Q D | docker-compose down --volumes
Q Q D | podman volume rm data
Q Q D | psql -c 'DROP TABLE users'
Q Q D | psql -c 'drop database app'
Q Q D | psql app -c 'TRUNCATE users CASCADE'
Q Q D | psql -c 'DELETE FROM users'
Q Q D | psql -c 'DROP SCHEMA public CASCADE'
Q Q D | mysql -e 'DROP DATABASE shop'
Q Q D | mysql -u root -e 'truncate table orders'
Q Q D | mysql -e 'UPDATE accounts SET balance = 0'
Q Q D | sqlite3 app.db 'DROP TABLE sessions;'
Q Q D | sqlite3 app.db 'DELETE FROM users;'
Q Q D | mongosh app --eval 'db.dropDatabase()'
Q Q D | mongosh --eval 'db.users.drop()'
Q Q D | mongosh --eval 'db.users.deleteMany({})'
Q Q D | mongorestore --drop dump/
Q Q D | redis-cli FLUSHALL
Q Q D | redis-cli flushdb
Q Q D | redis-cli -n 2 flushall async
Q Q D | dropdb app
Q Q D | dropdb -h localhost app_dev
Q Q D | pg_restore --clean -d app dump.sql
Q Q D | prisma migrate reset --force
Q Q D | prisma db push --force-reset
Q Q D | prisma db push --accept-data-loss
Q Q D | npx prisma migrate reset
Q Q D | rails db:drop
Q Q D | rake db:reset
Q Q D | bin/rails db:schema:load
Q Q D | python manage.py flush --noinput
Q Q D | python3 manage.py reset_db
Q Q D | alembic downgrade base
Q Q D | flyway clean
Q Q D | curl -X POST https://backboard.railway.app/graphql/v2 -H 'Authorization: Bearer t' -d '{"query":"mutation { volumeDelete(volumeId: \"v1\") }"}'
Q Q D | curl https://backboard.railway.app/graphql/v2 --data '{"query":"mutation { serviceDelete(id: \"s\") }"}'
Q Q D | curl -d '{"query":"mutation { projectDelete(id: \"p\") }"}' https://backboard.railway.app/graphql/v2
Q Q D | curl -d '{"query":"mutation { environmentDelete(id: \"e\") }"}' https://backboard.railway.app/graphql/v2
Q Q D | curl -X DELETE https://api.github.com/repos/me/app
Q Q D | curl -XDELETE https://api.vercel.com/v9/projects/x
Q Q D | curl --request DELETE https://api.netlify.com/api/v1/sites/1
Q Q D | curl -X DELETE -H 'Authorization: Bearer t' https://api.heroku.com/apps/myapp
Q Q D | curl -X DELETE https://api.cloudflare.com/client/v4/zones/z/dns_records/r
Q Q D | http DELETE https://api.heroku.com/apps/x
Q Q D | wget --method=DELETE https://api.github.com/repos/me/app
Q Q D | truncate -s 0 /var/lib/app/db.sqlite
Q Q D | git checkout -- .
Q Q D | git restore --worktree .
Q Q D | git restore src/app.ts
Q Q D | git checkout -- src/app.ts
Q Q D | git tag -d v1.2.3
Q Q D | rm -rf .git
Q Q D | supabase db reset
Q Q D | terraform apply -replace=aws_instance.web
Q Q D | mysql -e "DELETE FROM orders"
Q Q D | curl -X DELETE https://example.com/api/items/1
Q Q D | curl --request DELETE https://hooks.example.org/v1/subscriptions/9
Q Q D | http DELETE https://example.org/items/3
Q Q D | kubectl -n shop delete pvc data-db-0
Q Q D | gcloud run services delete api --region us-east1
Q Q D | git push --force-with-lease
Q Q D | git clean -ffdx
Q Q D | git checkout -f
Q Q D | sh -c "echo FLUSHALL | redis-cli"
Q Q D | psql -f db/drop_all.sql
Q Q D | terragrunt run-all destroy
Q Q D | pulumi state delete urn:pulumi:dev::app::aws:s3/bucket:Bucket::b
Q Q D | heroku pg:reset DATABASE
Q Q D | find . -name '*.json' -delete
Q Q D | find src -type f -exec rm {} +
Q Q D | gcp-nuke run --config gcp.yml --no-dry-run
Q Q D | argocd appset delete preview-apps
Q Q D | vault kv metadata delete secret/app
Q Q D | consul kv delete -recurse config/
Q Q D | etcdctl del --prefix /registry/jobs
Q Q D | influx bucket delete --name metrics
Q Q D | mc rb --force local/builds
Q Q D | rclone purge remote:old-backups
Q Q D | podman system reset
Q Q D | sst remove --stage dev
Q Q D | apppack destroy app api
Q Q D | kubeadm reset -f
Q Q D | php artisan db:wipe --force
Q Q D | php artisan migrate:fresh --seed
Q Q D | mix ecto.drop
Q Q D | dotnet ef database drop --force
Q Q D | npx sequelize-cli db:drop
Q Q D | bundle exec rake db:drop:all
Q Q D | cqlsh -e "DROP KEYSPACE metrics"
Q Q D | rsync -a --delete ./out/ /srv/www/
Q Q D | rsync -az --delete dist/ deploy@web-1:/srv/app/
Q Q D | someadmin cache purge --all
"""##

    static let otherEnvironment = ##"""
D D A | railway --environment production logs
D D A | railway -e production status
D D D | railway -e production volume delete vol-1
D D Q | railway up --environment production
D D A | RAILWAY_ENVIRONMENT=production railway logs
D D A | kubectl --context prod-eu get pods
D D A | kubectl --context=prod-us describe pod api
D D D | kubectl --context prod-eu delete pod api-1
D D Q | kubectl --context production apply -f deploy.yaml
D D A | KUBECONFIG=/home/user/.kube/prod.yaml kubectl get pods
D D A | kubectl --kubeconfig ~/.kube/prod-config get nodes
D D A | helm --kube-context prod-eu list
D D A | aws --profile prod s3 ls
D D A | AWS_PROFILE=prod-admin aws s3 ls
D D D | AWS_PROFILE=production aws rds delete-db-instance --db-instance-identifier db
D D A | aws s3 ls --profile production
D D A | gcloud compute instances list --project shop-prod
D D A | CLOUDSDK_CORE_PROJECT=shop-prod gcloud sql instances list
D D A | az vm list --subscription prod-subscription
D D A | TF_WORKSPACE=prod terraform plan
D D A | terraform workspace select production
D D A | terraform plan -var-file=prod.tfvars
D D Q | terraform apply -var-file=envs/production.tfvars
D D A | psql -h db.prod.example.com -U app -c 'select 1'
D D A | psql postgres://app:pw@db.prod.example.com:5432/app -c 'select count(*) from users'
D D A | PGHOST=prod-db.internal psql -c 'select 1'
D D A | DATABASE_URL=postgres://u:p@prod-db.internal/app psql -c 'select 1'
D D Q | DATABASE_URL=postgres://u:p@prod-db.internal/app prisma migrate deploy
D D A | mysql -h mysql.prod.example.com -e 'show tables'
D D A | mongosh mongodb+srv://u:p@cluster0.prod.mongodb.net/app --eval 'db.users.find()'
D D A | redis-cli -h cache.prod.internal get key
D D A | fly logs --app shop-prod
D D A | fly status -a shop-prod
D D A | heroku logs --app shop-production
D D Q | vercel --prod
D D Q | vercel deploy --prod
D D A | supabase db dump --project-ref prod
D D A | docker --context prod ps
D D A | DOCKER_HOST=tcp://prod-docker:2376 docker ps
D D A | pulumi -s prod preview
D D Q | netlify deploy --prod --dir dist
A A D | railway -e staging logs
A A D | kubectl --context staging-eu get pods
A A D | AWS_PROFILE=staging aws s3 ls
A A D | psql -h db.staging.example.com -c 'select 1'
A A D | fly logs --app shop-staging
A A D | TF_WORKSPACE=staging terraform plan
A A D | helm --kube-context stg-eu list
D Q D | kubectl --context staging-eu delete pod api-1
D D A | kubectl -n prod get pods
D D D | kubectl -n production delete pod api-1
D D A | kubectl config use-context prod-cluster
D D Q | terraform -chdir=envs/prod apply
D D Q | helm install api ./chart --namespace production
D D Q | gcloud config set project acme-prod
D D A | ansible-playbook -i inventories/production site.yml
D D A | ssh deploy@prod-web-1 sudo systemctl restart app
D D Q | gh workflow run deploy.yml -f environment=production
D D A | NODE_ENV=production npm run migrate
D D A | psql -h prod-db.internal -U readonly -c 'select 1'
D D Q | RAILS_ENV=production bin/rails db:migrate
D D A | npm run deploy:production
D D A | fly logs -a my-app-prod
D D A | railway --environment production logs
D D D | aws s3 rm s3://acme-prod-assets/old --recursive
D D A | kubectl --server=https://prod-k8s.example.com:6443 get pods
D D D | sh -c "export KUBECONFIG=/home/user/.kube/prod.yaml; kubectl delete pod api-1"
D D A | sh -c "STAGE=prod; npx serverless deploy"
D D A | docker compose --env-file .env.prod up -d
D D A | bash -c 'source .env.production && npm run migrate'
D D D | pulumi state move --source staging --dest production urn:x
D D Q | AWS_PROFILE=production terraform apply
D D A | argocd app get myapp-prod
D D A | argocd app sync myapp-prod
D D A | wrangler d1 execute prod-db --file schema.sql
D D A | sst deploy --stage production
D D A | VAULT_ADDR=https://vault.prod.example.com vault kv put secret/app key=value
D D A | memcached-tool cache-prod-1.example.com:11211 stats
D D A | age -d -i ~/.config/age/production.txt secrets/app.env.age
D D A | mariadb-dump -h mariadb.prod.example.com shop > shop.sql
A A D | mariadb-dump -h mariadb.staging.example.com shop > shop.sql
D D A | supabase projects api-keys --project-ref acmeprodref
D D A | wrangler r2 object get assets-prod/logo.png --file logo.png
D D A | DJANGO_SETTINGS_MODULE=shop.settings.production python manage.py showmigrations
D D Q | curl -X POST https://api.datadoghq.com/api/v1/downtime -d '{"scope":"env:prod"}'
"""##

    static let benign = ##"""
A A A | git status
A A A | git diff
A A A | git diff --staged
A A A | git log --oneline -20
A A A | git add -A
A A A | git commit -m "fix: handle empty input"
A A A | git commit -am 'drop unused table from docs'
A A A | git checkout -b feature/login
A A A | git switch main
A A A | git pull --rebase
A A A | git fetch --all --prune
A A Q | git push origin feature/login
A A Q | git push -u origin my-branch
A A Q | git push
A A A | git rebase -i HEAD~3
A A A | git stash
A A A | git stash pop
A A A | git branch -d merged-branch
A A A | git merge --no-ff feature/x
A A A | git restore --staged src/app.ts
A A A | git checkout release-1.2
A A A | kubectl cordon node-1
A A A | git reset HEAD~1
A A A | git reset --soft HEAD~1
A A A | git clean -n
A A A | git blame README.md
A A A | git show HEAD
A A A | git tag v1.2.3
A A A | git clone https://github.com/me/app.git
A A A | gh pr list
A A A | gh pr view 12
A A Q | gh pr create --fill
A A A | gh issue list
A A A | gh repo view
A A A | gh run list
A A A | npm install
A A A | npm ci
A A A | npm run build
A A A | npm test
A A A | npm run lint -- --fix
A A A | npx tsc --noEmit
A A A | npx prisma generate
A A A | yarn install
A A A | pnpm install
A A A | pnpm run dev
A A A | bun test
A A A | pip install -r requirements.txt
A A A | python -m pytest -q
A A A | python3 manage.py runserver
A A A | python manage.py makemigrations
A A A | uv sync
A A A | poetry install
A A A | cargo build --release
A A A | cargo test
A A A | cargo clippy -- -D warnings
A A A | go build ./...
A A A | go test ./... -run TestDrop
A A A | go mod tidy
A A A | swift build
A A A | swift test
A A A | make
A A A | make clean
A A A | cmake --build build
A A A | mvn package
A A A | gradle test
A A A | bundle install
A A A | rails server
A A Q | rails db:migrate
A A A | rake test
A A A | rm -rf build/
A A A | rm -rf node_modules
A A A | rm -rf .build
A A A | rm -rf dist coverage .next
A A A | rm -f ./tmp/output.log
A A A | rm -rf /tmp/build-123
A A A | rm -rf ~/.cache/pip
A A A | rm src/old.ts
A A A | rm -r tests/fixtures/tmp
A A A | mkdir -p build/out
A A A | cp .env.example .env.example.bak
A A A | mv src/a.ts src/b.ts
A A A | ls -la
A A A | cat README.md
A A A | grep -rn TODO src
A A A | rg delete src
A A A | find . -name '*.pyc' -delete
A A A | find ./build -name '*.o' -delete
A A A | find . -name '*.orig' -delete
A A A | find ./coverage -delete
A A A | gcp-nuke --help
A A A | sh -c 'source venv/bin/activate && pytest'
A A A | find . -type f -name '*.ts'
A A A | sed -i 's/foo/bar/' src/a.ts
A A A | chmod +x scripts/deploy.sh
A A A | chmod -R u+w ./build
A A A | tar czf dist.tgz dist
A A A | curl https://example.com
A A A | curl -fsSL https://raw.githubusercontent.com/me/app/main/install.sh -o install.sh
A A A | curl -X GET https://api.github.com/repos/me/app
A A A | curl -X DELETE http://localhost:3000/todos/1
A A Q | curl -X POST http://localhost:3000/api/todos -d '{"title":"x"}'
A A A | curl -d '{"query":"query { me { id } }"}' https://api.example.com/graphql
A A A | wget https://example.com/file.tgz
A A A | http GET https://api.github.com/user
A A A | docker build -t app .
A A A | docker run --rm -it app
A A A | docker ps -a
A A A | docker compose up -d
A A A | docker compose down
A A A | docker compose logs -f api
A A A | docker images
A A A | docker system df
A A A | docker volume ls
A A A | docker exec -it db psql -U postgres
A A Q | docker push registry.example.com/app:1.2
A A A | kubectl get pods
A A A | kubectl get pods -n shop -o wide
A A A | kubectl describe pod api-123
A A A | kubectl logs -f deploy/api
A A A | kubectl get ns
A A A | kubectl top pods
A A Q | kubectl apply -f k8s/deploy.yaml
A A Q | kubectl rollout restart deploy/api
A A Q | kubectl scale deploy api --replicas=3
A A A | kubectl config get-contexts
A A A | kubectl port-forward svc/api 8080:80
A A A | helm list
A A A | helm template ./chart
A A Q | helm upgrade --install api ./chart
A A A | terraform init
A A A | terraform plan
A A A | terraform validate
A A A | terraform fmt -recursive
A A A | terraform state list
A A A | terraform output
A A Q | terraform apply
A A A | tofu plan
A A A | pulumi preview
A A Q | pulumi up --yes
A A A | aws s3 ls
A A A | aws sts get-caller-identity
A A A | aws ec2 describe-instances
A A A | aws logs tail /aws/lambda/api --follow
A A Q | aws s3 cp dist/index.html s3://site/index.html
A A A | gcloud compute instances list
A A A | gcloud config list
A A Q | gcloud run deploy api --source .
A A A | az group list
A A A | az account show
A A A | railway logs
A A A | railway status
A A A | railway variables
A A Q | railway up
A A A | railway link
A A A | fly status
A A A | fly logs
A A Q | fly deploy
A A A | heroku logs --tail
A A A | vercel ls
A A A | vercel dev
A A A | netlify status
A A A | supabase start
A A A | supabase db diff
A A A | supabase status
A A A | firebase emulators:start
A A Q | firebase deploy --only hosting
A A A | psql -c 'select count(*) from users'
A A A | psql -h localhost -U postgres -c 'select 1'
A A A | psql postgres://postgres:pw@localhost:5432/app -c '\dt'
A A Q | psql -c 'DELETE FROM sessions WHERE expires_at < now()'
A A Q | psql -c "INSERT INTO users (name) VALUES ('a')"
A A A | mysql -e 'show tables'
A A A | mysql -e 'select * from orders limit 10'
A A A | sqlite3 app.db '.tables'
A A A | sqlite3 app.db 'select * from users'
A A A | mongosh --eval 'db.users.find().limit(5)'
A A A | redis-cli ping
A A A | redis-cli get session:1
A A A | redis-cli info
A A A | pg_dump -h localhost app -f dump.sql
A A Q | prisma migrate dev
A A A | prisma studio
A A Q | prisma migrate deploy
A A Q | alembic upgrade head
A A A | node server.js
A A A | python script.py --drop-cache
A A A | ssh-keygen -t ed25519 -f ./test_key -N ''
A A A | echo 'rm -rf /'
A A A | jq . package.json
A A A | openssl rand -hex 16
A A A | code .
A A A | env
A A A | which kubectl
A A A | ps aux
A A A | kill 12345
A A A | du -sh node_modules
A A A | df -h
A A A | tree -L 2
A A A | head -n 20 server.log
A A A | tail -f logs/app.log
A A A | diff -u a.txt b.txt
A A A | zip -r dist.zip dist
A A A | unzip data.zip -d data
A A A | rsync -av src/ backup/
A A A | ln -s ../shared shared
A A A | touch .gitkeep
A A A | eslint --fix src
A A A | prettier --write .
A A A | tsc -p .
A A A | jest --watch
A A A | vitest run
A A A | pytest -k delete
A A A | black .
A A A | ruff check --fix .
A A A | mypy src
A A A | docker compose exec db pg_dump app
A A A | kubectl get secret -n shop
A A A | git worktree add ../wt feature
A A A | git submodule update --init
A A A | gh workflow list
A A A | brew install jq
A A A | apt-get install -y jq
A A A | sudo systemctl status nginx
A A A | terraform destroy -help
A A A | kubectl delete --help
A A A | railway volume delete --help
A A A | terraform plan -destroy
A A A | kubectl delete pod api --dry-run=client
A A A | git push --dry-run --force
A A D | fly logs -a my-app-staging
A A D | railway --environment staging logs
A A A | NODE_ENV=production npm run build
A A A | npm run build:prod
A A A | cat config/environments/production.rb
A A A | grep -rn "kubectl delete" docs
A A A | rg 'DROP TABLE' migrations
A A A | git log -p -- deploy/production.yaml
A A A | kubectl get pods -n payments
A A A | helm lint ./chart
A A A | ansible-playbook -i inventories/dev site.yml --check
A A A | docker run --rm -e NODE_ENV=production app npm test
A A A | git commit -m "Drop the users table from the docs"
A A A | curl -X DELETE http://127.0.0.1:8080/api/todos/3
A A A | sqlite3 app.db 'select count(*) from users'
A A A | redis-cli -n 2 dbsize
A A A | helm template api ./chart -f values-prod.yaml
A A A | terraform -chdir=envs/prod validate
A A A | kubectl kustomize k8s/overlays/production
A A A | terraform fmt envs/prod
A A A | gh issue list --label production
A A A | terraform state rm -dry-run aws_instance.web
A A A | aws s3 rm s3://build-cache/tmp --recursive --dryrun
A A A | npx prisma migrate reset --help
A A A | python manage.py sqlflush
A A A | python manage.py flush --help
A A A | psql -c "SELECT 'DROP TABLE ' || tablename || ';' FROM pg_tables WHERE schemaname = 'public'"
A A D | serverless info --stage staging
A A A | vault status
A A A | consul members
A A A | argocd app get guestbook
A A A | etcdctl get --prefix /config
A A A | rsync -a --delete ./src/ ./build/mirror/
A A A | rsync -avn --delete ./site/ /srv/www/
A A A | wrangler deploy -dry-run
A A A | someadmin cache purge --dry_run
A A A | someadmin cache purge --help
A A A | php artisan db:wipe --help
A A A | npm uninstall left-pad
A A A | make clean
A A A | grep -rn "db:drop" docs/
"""##

}
