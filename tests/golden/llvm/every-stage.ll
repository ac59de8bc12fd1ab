; ModuleID = 'every'
source_filename = "every"

@eic_grad_units = constant i64 513
@eic_gain_units = constant i64 5
@eic_gain_floats = constant i64 263680
@eic_model_fingerprint = constant i64 -4394176279248821905
@eic_knobs = global [63 x float] [float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00]
@perm0.plus = private constant [4 x i32] [i32 2, i32 0, i32 3, i32 1]
@perm0.minus = private constant [4 x i32] [i32 1, i32 2, i32 0, i32 3]

define void @eic_gains(ptr %params, ptr %gains, i64 %u0, i64 %u1, i64 %seed, i64 %instance, i32 %prec) {
entry:
  %bf16 = icmp eq i32 %prec, 1
  %0 = icmp sgt i64 %u0, 0
  %1 = select i1 %0, i64 %u0, i64 0
  %2 = icmp slt i64 %u1, 1
  %3 = select i1 %2, i64 %u1, i64 1
  %4 = icmp slt i64 %3, %1
  %5 = select i1 %4, i64 %1, i64 %3
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %done7 ]
  %6 = icmp slt i64 %i, %5
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = sub i64 %i, 0
  %8 = getelementptr float, ptr %params, i64 65536
  %9 = mul i64 %7, 256
  %10 = add i64 1024, %9
  %11 = getelementptr float, ptr %gains, i64 %10
  br label %loop1

done:                                             ; preds = %loop
  %12 = icmp sgt i64 %u0, 1
  %13 = select i1 %12, i64 %u0, i64 1
  %14 = icmp slt i64 %u1, 2
  %15 = select i1 %14, i64 %u1, i64 2
  %16 = icmp slt i64 %15, %13
  %17 = select i1 %16, i64 %13, i64 %15
  br label %loop13

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %18 = icmp slt i64 %i4, 256
  br i1 %18, label %body2, label %done3

body2:                                            ; preds = %loop1
  %19 = getelementptr float, ptr %11, i64 %i4
  store <8 x float> zeroinitializer, ptr %19, align 4
  %20 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %done11, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %34, %done11 ]
  %21 = icmp slt i64 %i8, 256
  br i1 %21, label %body6, label %done7

body6:                                            ; preds = %loop5
  %22 = mul i64 %7, 256
  %23 = add i64 %22, %i8
  %24 = mul i64 %23, 256
  %25 = getelementptr float, ptr %8, i64 %24
  br label %loop9

done7:                                            ; preds = %loop5
  %26 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %33, %body10 ]
  %27 = icmp slt i64 %i12, 256
  br i1 %27, label %body10, label %done11

body10:                                           ; preds = %loop9
  %28 = getelementptr float, ptr %11, i64 %i12
  %29 = getelementptr float, ptr %25, i64 %i12
  %30 = load <8 x float>, ptr %29, align 4
  %31 = load <8 x float>, ptr %28, align 4
  %32 = fadd <8 x float> %31, %30
  store <8 x float> %32, ptr %28, align 4
  %33 = add i64 %i12, 8
  br label %loop9

done11:                                           ; preds = %loop9
  %34 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %done23, %done
  %i16 = phi i64 [ %13, %done ], [ %55, %done23 ]
  %35 = icmp slt i64 %i16, %17
  br i1 %35, label %body14, label %done15

body14:                                           ; preds = %loop13
  %36 = sub i64 %i16, 1
  %37 = getelementptr float, ptr %params, i64 197904
  %38 = mul i64 %36, 256
  %39 = add i64 1280, %38
  %40 = getelementptr float, ptr %gains, i64 %39
  br label %loop17

done15:                                           ; preds = %loop13
  %41 = icmp sgt i64 %u0, 2
  %42 = select i1 %41, i64 %u0, i64 2
  %43 = icmp slt i64 %u1, 3
  %44 = select i1 %43, i64 %u1, i64 3
  %45 = icmp slt i64 %44, %42
  %46 = select i1 %45, i64 %42, i64 %44
  br label %loop29

loop17:                                           ; preds = %body18, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %49, %body18 ]
  %47 = icmp slt i64 %i20, 256
  br i1 %47, label %body18, label %done19

body18:                                           ; preds = %loop17
  %48 = getelementptr float, ptr %40, i64 %i20
  store <8 x float> zeroinitializer, ptr %48, align 4
  %49 = add i64 %i20, 8
  br label %loop17

done19:                                           ; preds = %loop17
  br label %loop21

loop21:                                           ; preds = %done27, %done19
  %i24 = phi i64 [ 0, %done19 ], [ %63, %done27 ]
  %50 = icmp slt i64 %i24, 256
  br i1 %50, label %body22, label %done23

body22:                                           ; preds = %loop21
  %51 = mul i64 %36, 256
  %52 = add i64 %51, %i24
  %53 = mul i64 %52, 256
  %54 = getelementptr float, ptr %37, i64 %53
  br label %loop25

done23:                                           ; preds = %loop21
  %55 = add i64 %i16, 1
  br label %loop13

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %62, %body26 ]
  %56 = icmp slt i64 %i28, 256
  br i1 %56, label %body26, label %done27

body26:                                           ; preds = %loop25
  %57 = getelementptr float, ptr %40, i64 %i28
  %58 = getelementptr float, ptr %54, i64 %i28
  %59 = load <8 x float>, ptr %58, align 4
  %60 = load <8 x float>, ptr %57, align 4
  %61 = fadd <8 x float> %60, %59
  store <8 x float> %61, ptr %57, align 4
  %62 = add i64 %i28, 8
  br label %loop25

done27:                                           ; preds = %loop25
  %63 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %done15
  %i32 = phi i64 [ %42, %done15 ], [ %77, %done35 ]
  %64 = icmp slt i64 %i32, %46
  br i1 %64, label %body30, label %done31

body30:                                           ; preds = %loop29
  %65 = sub i64 %i32, 2
  %66 = getelementptr float, ptr %params, i64 0
  %67 = getelementptr float, ptr %gains, i64 1536
  %68 = getelementptr float, ptr %gains, i64 132608
  %69 = mul i64 %65, 65536
  br label %loop33

done31:                                           ; preds = %loop29
  %70 = icmp sgt i64 %u0, 3
  %71 = select i1 %70, i64 %u0, i64 3
  %72 = icmp slt i64 %u1, 4
  %73 = select i1 %72, i64 %u1, i64 4
  %74 = icmp slt i64 %73, %71
  %75 = select i1 %74, i64 %71, i64 %73
  br label %loop41

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %279, %done39 ]
  %76 = icmp slt i64 %i36, 256
  br i1 %76, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  %77 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %join, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %288, %join ]
  %78 = icmp slt i64 %i40, 256
  br i1 %78, label %body38, label %done39

body38:                                           ; preds = %loop37
  %79 = add i64 %i36, 0
  %80 = mul i64 %79, 256
  %81 = add i64 %80, %i40
  %82 = add i64 %69, %81
  %83 = getelementptr float, ptr %66, i64 %82
  %84 = load <8 x float>, ptr %83, align 4
  %85 = bitcast <8 x float> %84 to <8 x i32>
  %86 = lshr <8 x i32> %85, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %87 = and <8 x i32> %86, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %88 = add <8 x i32> %87, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %89 = add <8 x i32> %85, %88
  %90 = fcmp uno <8 x float> %84, %84
  %91 = or <8 x i32> %85, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %92 = select <8 x i1> %90, <8 x i32> %91, <8 x i32> %89
  %93 = and <8 x i32> %92, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %94 = bitcast <8 x i32> %93 to <8 x float>
  %95 = select i1 %bf16, <8 x float> %94, <8 x float> %84
  %96 = add i64 %i36, 1
  %97 = mul i64 %96, 256
  %98 = add i64 %97, %i40
  %99 = add i64 %69, %98
  %100 = getelementptr float, ptr %66, i64 %99
  %101 = load <8 x float>, ptr %100, align 4
  %102 = bitcast <8 x float> %101 to <8 x i32>
  %103 = lshr <8 x i32> %102, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %104 = and <8 x i32> %103, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %105 = add <8 x i32> %104, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %106 = add <8 x i32> %102, %105
  %107 = fcmp uno <8 x float> %101, %101
  %108 = or <8 x i32> %102, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %109 = select <8 x i1> %107, <8 x i32> %108, <8 x i32> %106
  %110 = and <8 x i32> %109, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %111 = bitcast <8 x i32> %110 to <8 x float>
  %112 = select i1 %bf16, <8 x float> %111, <8 x float> %101
  %113 = add i64 %i36, 2
  %114 = mul i64 %113, 256
  %115 = add i64 %114, %i40
  %116 = add i64 %69, %115
  %117 = getelementptr float, ptr %66, i64 %116
  %118 = load <8 x float>, ptr %117, align 4
  %119 = bitcast <8 x float> %118 to <8 x i32>
  %120 = lshr <8 x i32> %119, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %121 = and <8 x i32> %120, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %122 = add <8 x i32> %121, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %123 = add <8 x i32> %119, %122
  %124 = fcmp uno <8 x float> %118, %118
  %125 = or <8 x i32> %119, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %126 = select <8 x i1> %124, <8 x i32> %125, <8 x i32> %123
  %127 = and <8 x i32> %126, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %128 = bitcast <8 x i32> %127 to <8 x float>
  %129 = select i1 %bf16, <8 x float> %128, <8 x float> %118
  %130 = add i64 %i36, 3
  %131 = mul i64 %130, 256
  %132 = add i64 %131, %i40
  %133 = add i64 %69, %132
  %134 = getelementptr float, ptr %66, i64 %133
  %135 = load <8 x float>, ptr %134, align 4
  %136 = bitcast <8 x float> %135 to <8 x i32>
  %137 = lshr <8 x i32> %136, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %138 = and <8 x i32> %137, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %139 = add <8 x i32> %138, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %140 = add <8 x i32> %136, %139
  %141 = fcmp uno <8 x float> %135, %135
  %142 = or <8 x i32> %136, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %143 = select <8 x i1> %141, <8 x i32> %142, <8 x i32> %140
  %144 = and <8 x i32> %143, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %145 = bitcast <8 x i32> %144 to <8 x float>
  %146 = select i1 %bf16, <8 x float> %145, <8 x float> %135
  %147 = add i64 %i36, 4
  %148 = mul i64 %147, 256
  %149 = add i64 %148, %i40
  %150 = add i64 %69, %149
  %151 = getelementptr float, ptr %66, i64 %150
  %152 = load <8 x float>, ptr %151, align 4
  %153 = bitcast <8 x float> %152 to <8 x i32>
  %154 = lshr <8 x i32> %153, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %155 = and <8 x i32> %154, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %156 = add <8 x i32> %155, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %157 = add <8 x i32> %153, %156
  %158 = fcmp uno <8 x float> %152, %152
  %159 = or <8 x i32> %153, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %160 = select <8 x i1> %158, <8 x i32> %159, <8 x i32> %157
  %161 = and <8 x i32> %160, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %162 = bitcast <8 x i32> %161 to <8 x float>
  %163 = select i1 %bf16, <8 x float> %162, <8 x float> %152
  %164 = add i64 %i36, 5
  %165 = mul i64 %164, 256
  %166 = add i64 %165, %i40
  %167 = add i64 %69, %166
  %168 = getelementptr float, ptr %66, i64 %167
  %169 = load <8 x float>, ptr %168, align 4
  %170 = bitcast <8 x float> %169 to <8 x i32>
  %171 = lshr <8 x i32> %170, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %172 = and <8 x i32> %171, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %173 = add <8 x i32> %172, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %174 = add <8 x i32> %170, %173
  %175 = fcmp uno <8 x float> %169, %169
  %176 = or <8 x i32> %170, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %177 = select <8 x i1> %175, <8 x i32> %176, <8 x i32> %174
  %178 = and <8 x i32> %177, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %179 = bitcast <8 x i32> %178 to <8 x float>
  %180 = select i1 %bf16, <8 x float> %179, <8 x float> %169
  %181 = add i64 %i36, 6
  %182 = mul i64 %181, 256
  %183 = add i64 %182, %i40
  %184 = add i64 %69, %183
  %185 = getelementptr float, ptr %66, i64 %184
  %186 = load <8 x float>, ptr %185, align 4
  %187 = bitcast <8 x float> %186 to <8 x i32>
  %188 = lshr <8 x i32> %187, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %189 = and <8 x i32> %188, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %190 = add <8 x i32> %189, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %191 = add <8 x i32> %187, %190
  %192 = fcmp uno <8 x float> %186, %186
  %193 = or <8 x i32> %187, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %194 = select <8 x i1> %192, <8 x i32> %193, <8 x i32> %191
  %195 = and <8 x i32> %194, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %196 = bitcast <8 x i32> %195 to <8 x float>
  %197 = select i1 %bf16, <8 x float> %196, <8 x float> %186
  %198 = add i64 %i36, 7
  %199 = mul i64 %198, 256
  %200 = add i64 %199, %i40
  %201 = add i64 %69, %200
  %202 = getelementptr float, ptr %66, i64 %201
  %203 = load <8 x float>, ptr %202, align 4
  %204 = bitcast <8 x float> %203 to <8 x i32>
  %205 = lshr <8 x i32> %204, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %206 = and <8 x i32> %205, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %207 = add <8 x i32> %206, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %208 = add <8 x i32> %204, %207
  %209 = fcmp uno <8 x float> %203, %203
  %210 = or <8 x i32> %204, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %211 = select <8 x i1> %209, <8 x i32> %210, <8 x i32> %208
  %212 = and <8 x i32> %211, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %213 = bitcast <8 x i32> %212 to <8 x float>
  %214 = select i1 %bf16, <8 x float> %213, <8 x float> %203
  %215 = shufflevector <8 x float> %95, <8 x float> %112, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %216 = shufflevector <8 x float> %95, <8 x float> %112, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %217 = shufflevector <8 x float> %129, <8 x float> %146, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %218 = shufflevector <8 x float> %129, <8 x float> %146, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %219 = shufflevector <8 x float> %215, <8 x float> %217, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %220 = shufflevector <8 x float> %215, <8 x float> %217, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %221 = shufflevector <8 x float> %216, <8 x float> %218, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %222 = shufflevector <8 x float> %216, <8 x float> %218, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %223 = shufflevector <8 x float> %163, <8 x float> %180, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %224 = shufflevector <8 x float> %163, <8 x float> %180, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %225 = shufflevector <8 x float> %197, <8 x float> %214, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %226 = shufflevector <8 x float> %197, <8 x float> %214, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %227 = shufflevector <8 x float> %223, <8 x float> %225, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %228 = shufflevector <8 x float> %223, <8 x float> %225, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %229 = shufflevector <8 x float> %224, <8 x float> %226, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %230 = shufflevector <8 x float> %224, <8 x float> %226, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %231 = shufflevector <8 x float> %219, <8 x float> %227, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %232 = shufflevector <8 x float> %219, <8 x float> %227, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %233 = shufflevector <8 x float> %220, <8 x float> %228, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %234 = shufflevector <8 x float> %220, <8 x float> %228, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %235 = shufflevector <8 x float> %221, <8 x float> %229, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %236 = shufflevector <8 x float> %221, <8 x float> %229, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %237 = shufflevector <8 x float> %222, <8 x float> %230, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %238 = shufflevector <8 x float> %222, <8 x float> %230, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %239 = add i64 %i40, 0
  %240 = mul i64 %239, 256
  %241 = add i64 %240, %i36
  %242 = add i64 %69, %241
  %243 = getelementptr float, ptr %67, i64 %242
  store <8 x float> %231, ptr %243, align 4
  %244 = add i64 %i40, 1
  %245 = mul i64 %244, 256
  %246 = add i64 %245, %i36
  %247 = add i64 %69, %246
  %248 = getelementptr float, ptr %67, i64 %247
  store <8 x float> %233, ptr %248, align 4
  %249 = add i64 %i40, 2
  %250 = mul i64 %249, 256
  %251 = add i64 %250, %i36
  %252 = add i64 %69, %251
  %253 = getelementptr float, ptr %67, i64 %252
  store <8 x float> %235, ptr %253, align 4
  %254 = add i64 %i40, 3
  %255 = mul i64 %254, 256
  %256 = add i64 %255, %i36
  %257 = add i64 %69, %256
  %258 = getelementptr float, ptr %67, i64 %257
  store <8 x float> %237, ptr %258, align 4
  %259 = add i64 %i40, 4
  %260 = mul i64 %259, 256
  %261 = add i64 %260, %i36
  %262 = add i64 %69, %261
  %263 = getelementptr float, ptr %67, i64 %262
  store <8 x float> %232, ptr %263, align 4
  %264 = add i64 %i40, 5
  %265 = mul i64 %264, 256
  %266 = add i64 %265, %i36
  %267 = add i64 %69, %266
  %268 = getelementptr float, ptr %67, i64 %267
  store <8 x float> %234, ptr %268, align 4
  %269 = add i64 %i40, 6
  %270 = mul i64 %269, 256
  %271 = add i64 %270, %i36
  %272 = add i64 %69, %271
  %273 = getelementptr float, ptr %67, i64 %272
  store <8 x float> %236, ptr %273, align 4
  %274 = add i64 %i40, 7
  %275 = mul i64 %274, 256
  %276 = add i64 %275, %i36
  %277 = add i64 %69, %276
  %278 = getelementptr float, ptr %67, i64 %277
  store <8 x float> %238, ptr %278, align 4
  br i1 %bf16, label %then, label %join

done39:                                           ; preds = %loop37
  %279 = add i64 %i36, 8
  br label %loop33

then:                                             ; preds = %body38
  %280 = getelementptr float, ptr %68, i64 %82
  store <8 x float> %95, ptr %280, align 4
  %281 = getelementptr float, ptr %68, i64 %99
  store <8 x float> %112, ptr %281, align 4
  %282 = getelementptr float, ptr %68, i64 %116
  store <8 x float> %129, ptr %282, align 4
  %283 = getelementptr float, ptr %68, i64 %133
  store <8 x float> %146, ptr %283, align 4
  %284 = getelementptr float, ptr %68, i64 %150
  store <8 x float> %163, ptr %284, align 4
  %285 = getelementptr float, ptr %68, i64 %167
  store <8 x float> %180, ptr %285, align 4
  %286 = getelementptr float, ptr %68, i64 %184
  store <8 x float> %197, ptr %286, align 4
  %287 = getelementptr float, ptr %68, i64 %201
  store <8 x float> %214, ptr %287, align 4
  br label %join

join:                                             ; preds = %then, %body38
  %288 = add i64 %i40, 8
  br label %loop37

loop41:                                           ; preds = %done47, %done31
  %i44 = phi i64 [ %71, %done31 ], [ %302, %done47 ]
  %289 = icmp slt i64 %i44, %75
  br i1 %289, label %body42, label %done43

body42:                                           ; preds = %loop41
  %290 = sub i64 %i44, 3
  %291 = getelementptr float, ptr %params, i64 132368
  %292 = getelementptr float, ptr %gains, i64 67072
  %293 = getelementptr float, ptr %gains, i64 198144
  %294 = mul i64 %290, 65536
  br label %loop45

done43:                                           ; preds = %loop41
  %295 = icmp sgt i64 %u0, 4
  %296 = select i1 %295, i64 %u0, i64 4
  %297 = icmp slt i64 %u1, 5
  %298 = select i1 %297, i64 %u1, i64 5
  %299 = icmp slt i64 %298, %296
  %300 = select i1 %299, i64 %296, i64 %298
  br label %loop55

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ 0, %body42 ], [ %504, %done51 ]
  %301 = icmp slt i64 %i48, 256
  br i1 %301, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  %302 = add i64 %i44, 1
  br label %loop41

loop49:                                           ; preds = %join54, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %513, %join54 ]
  %303 = icmp slt i64 %i52, 256
  br i1 %303, label %body50, label %done51

body50:                                           ; preds = %loop49
  %304 = add i64 %i48, 0
  %305 = mul i64 %304, 256
  %306 = add i64 %305, %i52
  %307 = add i64 %294, %306
  %308 = getelementptr float, ptr %291, i64 %307
  %309 = load <8 x float>, ptr %308, align 4
  %310 = bitcast <8 x float> %309 to <8 x i32>
  %311 = lshr <8 x i32> %310, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %312 = and <8 x i32> %311, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %313 = add <8 x i32> %312, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %314 = add <8 x i32> %310, %313
  %315 = fcmp uno <8 x float> %309, %309
  %316 = or <8 x i32> %310, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %317 = select <8 x i1> %315, <8 x i32> %316, <8 x i32> %314
  %318 = and <8 x i32> %317, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %319 = bitcast <8 x i32> %318 to <8 x float>
  %320 = select i1 %bf16, <8 x float> %319, <8 x float> %309
  %321 = add i64 %i48, 1
  %322 = mul i64 %321, 256
  %323 = add i64 %322, %i52
  %324 = add i64 %294, %323
  %325 = getelementptr float, ptr %291, i64 %324
  %326 = load <8 x float>, ptr %325, align 4
  %327 = bitcast <8 x float> %326 to <8 x i32>
  %328 = lshr <8 x i32> %327, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %329 = and <8 x i32> %328, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %330 = add <8 x i32> %329, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %331 = add <8 x i32> %327, %330
  %332 = fcmp uno <8 x float> %326, %326
  %333 = or <8 x i32> %327, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %334 = select <8 x i1> %332, <8 x i32> %333, <8 x i32> %331
  %335 = and <8 x i32> %334, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %336 = bitcast <8 x i32> %335 to <8 x float>
  %337 = select i1 %bf16, <8 x float> %336, <8 x float> %326
  %338 = add i64 %i48, 2
  %339 = mul i64 %338, 256
  %340 = add i64 %339, %i52
  %341 = add i64 %294, %340
  %342 = getelementptr float, ptr %291, i64 %341
  %343 = load <8 x float>, ptr %342, align 4
  %344 = bitcast <8 x float> %343 to <8 x i32>
  %345 = lshr <8 x i32> %344, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %346 = and <8 x i32> %345, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %347 = add <8 x i32> %346, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %348 = add <8 x i32> %344, %347
  %349 = fcmp uno <8 x float> %343, %343
  %350 = or <8 x i32> %344, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %351 = select <8 x i1> %349, <8 x i32> %350, <8 x i32> %348
  %352 = and <8 x i32> %351, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %353 = bitcast <8 x i32> %352 to <8 x float>
  %354 = select i1 %bf16, <8 x float> %353, <8 x float> %343
  %355 = add i64 %i48, 3
  %356 = mul i64 %355, 256
  %357 = add i64 %356, %i52
  %358 = add i64 %294, %357
  %359 = getelementptr float, ptr %291, i64 %358
  %360 = load <8 x float>, ptr %359, align 4
  %361 = bitcast <8 x float> %360 to <8 x i32>
  %362 = lshr <8 x i32> %361, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %363 = and <8 x i32> %362, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %364 = add <8 x i32> %363, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %365 = add <8 x i32> %361, %364
  %366 = fcmp uno <8 x float> %360, %360
  %367 = or <8 x i32> %361, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %368 = select <8 x i1> %366, <8 x i32> %367, <8 x i32> %365
  %369 = and <8 x i32> %368, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %370 = bitcast <8 x i32> %369 to <8 x float>
  %371 = select i1 %bf16, <8 x float> %370, <8 x float> %360
  %372 = add i64 %i48, 4
  %373 = mul i64 %372, 256
  %374 = add i64 %373, %i52
  %375 = add i64 %294, %374
  %376 = getelementptr float, ptr %291, i64 %375
  %377 = load <8 x float>, ptr %376, align 4
  %378 = bitcast <8 x float> %377 to <8 x i32>
  %379 = lshr <8 x i32> %378, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %380 = and <8 x i32> %379, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %381 = add <8 x i32> %380, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %382 = add <8 x i32> %378, %381
  %383 = fcmp uno <8 x float> %377, %377
  %384 = or <8 x i32> %378, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %385 = select <8 x i1> %383, <8 x i32> %384, <8 x i32> %382
  %386 = and <8 x i32> %385, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %387 = bitcast <8 x i32> %386 to <8 x float>
  %388 = select i1 %bf16, <8 x float> %387, <8 x float> %377
  %389 = add i64 %i48, 5
  %390 = mul i64 %389, 256
  %391 = add i64 %390, %i52
  %392 = add i64 %294, %391
  %393 = getelementptr float, ptr %291, i64 %392
  %394 = load <8 x float>, ptr %393, align 4
  %395 = bitcast <8 x float> %394 to <8 x i32>
  %396 = lshr <8 x i32> %395, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %397 = and <8 x i32> %396, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %398 = add <8 x i32> %397, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %399 = add <8 x i32> %395, %398
  %400 = fcmp uno <8 x float> %394, %394
  %401 = or <8 x i32> %395, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %402 = select <8 x i1> %400, <8 x i32> %401, <8 x i32> %399
  %403 = and <8 x i32> %402, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %404 = bitcast <8 x i32> %403 to <8 x float>
  %405 = select i1 %bf16, <8 x float> %404, <8 x float> %394
  %406 = add i64 %i48, 6
  %407 = mul i64 %406, 256
  %408 = add i64 %407, %i52
  %409 = add i64 %294, %408
  %410 = getelementptr float, ptr %291, i64 %409
  %411 = load <8 x float>, ptr %410, align 4
  %412 = bitcast <8 x float> %411 to <8 x i32>
  %413 = lshr <8 x i32> %412, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %414 = and <8 x i32> %413, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %415 = add <8 x i32> %414, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %416 = add <8 x i32> %412, %415
  %417 = fcmp uno <8 x float> %411, %411
  %418 = or <8 x i32> %412, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %419 = select <8 x i1> %417, <8 x i32> %418, <8 x i32> %416
  %420 = and <8 x i32> %419, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %421 = bitcast <8 x i32> %420 to <8 x float>
  %422 = select i1 %bf16, <8 x float> %421, <8 x float> %411
  %423 = add i64 %i48, 7
  %424 = mul i64 %423, 256
  %425 = add i64 %424, %i52
  %426 = add i64 %294, %425
  %427 = getelementptr float, ptr %291, i64 %426
  %428 = load <8 x float>, ptr %427, align 4
  %429 = bitcast <8 x float> %428 to <8 x i32>
  %430 = lshr <8 x i32> %429, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %431 = and <8 x i32> %430, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %432 = add <8 x i32> %431, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %433 = add <8 x i32> %429, %432
  %434 = fcmp uno <8 x float> %428, %428
  %435 = or <8 x i32> %429, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %436 = select <8 x i1> %434, <8 x i32> %435, <8 x i32> %433
  %437 = and <8 x i32> %436, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %438 = bitcast <8 x i32> %437 to <8 x float>
  %439 = select i1 %bf16, <8 x float> %438, <8 x float> %428
  %440 = shufflevector <8 x float> %320, <8 x float> %337, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %441 = shufflevector <8 x float> %320, <8 x float> %337, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %442 = shufflevector <8 x float> %354, <8 x float> %371, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %443 = shufflevector <8 x float> %354, <8 x float> %371, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %444 = shufflevector <8 x float> %440, <8 x float> %442, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %445 = shufflevector <8 x float> %440, <8 x float> %442, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %446 = shufflevector <8 x float> %441, <8 x float> %443, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %447 = shufflevector <8 x float> %441, <8 x float> %443, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %448 = shufflevector <8 x float> %388, <8 x float> %405, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %449 = shufflevector <8 x float> %388, <8 x float> %405, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %450 = shufflevector <8 x float> %422, <8 x float> %439, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %451 = shufflevector <8 x float> %422, <8 x float> %439, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %452 = shufflevector <8 x float> %448, <8 x float> %450, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %453 = shufflevector <8 x float> %448, <8 x float> %450, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %454 = shufflevector <8 x float> %449, <8 x float> %451, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %455 = shufflevector <8 x float> %449, <8 x float> %451, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %456 = shufflevector <8 x float> %444, <8 x float> %452, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %457 = shufflevector <8 x float> %444, <8 x float> %452, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %458 = shufflevector <8 x float> %445, <8 x float> %453, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %459 = shufflevector <8 x float> %445, <8 x float> %453, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %460 = shufflevector <8 x float> %446, <8 x float> %454, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %461 = shufflevector <8 x float> %446, <8 x float> %454, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %462 = shufflevector <8 x float> %447, <8 x float> %455, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %463 = shufflevector <8 x float> %447, <8 x float> %455, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %464 = add i64 %i52, 0
  %465 = mul i64 %464, 256
  %466 = add i64 %465, %i48
  %467 = add i64 %294, %466
  %468 = getelementptr float, ptr %292, i64 %467
  store <8 x float> %456, ptr %468, align 4
  %469 = add i64 %i52, 1
  %470 = mul i64 %469, 256
  %471 = add i64 %470, %i48
  %472 = add i64 %294, %471
  %473 = getelementptr float, ptr %292, i64 %472
  store <8 x float> %458, ptr %473, align 4
  %474 = add i64 %i52, 2
  %475 = mul i64 %474, 256
  %476 = add i64 %475, %i48
  %477 = add i64 %294, %476
  %478 = getelementptr float, ptr %292, i64 %477
  store <8 x float> %460, ptr %478, align 4
  %479 = add i64 %i52, 3
  %480 = mul i64 %479, 256
  %481 = add i64 %480, %i48
  %482 = add i64 %294, %481
  %483 = getelementptr float, ptr %292, i64 %482
  store <8 x float> %462, ptr %483, align 4
  %484 = add i64 %i52, 4
  %485 = mul i64 %484, 256
  %486 = add i64 %485, %i48
  %487 = add i64 %294, %486
  %488 = getelementptr float, ptr %292, i64 %487
  store <8 x float> %457, ptr %488, align 4
  %489 = add i64 %i52, 5
  %490 = mul i64 %489, 256
  %491 = add i64 %490, %i48
  %492 = add i64 %294, %491
  %493 = getelementptr float, ptr %292, i64 %492
  store <8 x float> %459, ptr %493, align 4
  %494 = add i64 %i52, 6
  %495 = mul i64 %494, 256
  %496 = add i64 %495, %i48
  %497 = add i64 %294, %496
  %498 = getelementptr float, ptr %292, i64 %497
  store <8 x float> %461, ptr %498, align 4
  %499 = add i64 %i52, 7
  %500 = mul i64 %499, 256
  %501 = add i64 %500, %i48
  %502 = add i64 %294, %501
  %503 = getelementptr float, ptr %292, i64 %502
  store <8 x float> %463, ptr %503, align 4
  br i1 %bf16, label %then53, label %join54

done51:                                           ; preds = %loop49
  %504 = add i64 %i48, 8
  br label %loop45

then53:                                           ; preds = %body50
  %505 = getelementptr float, ptr %293, i64 %307
  store <8 x float> %320, ptr %505, align 4
  %506 = getelementptr float, ptr %293, i64 %324
  store <8 x float> %337, ptr %506, align 4
  %507 = getelementptr float, ptr %293, i64 %341
  store <8 x float> %354, ptr %507, align 4
  %508 = getelementptr float, ptr %293, i64 %358
  store <8 x float> %371, ptr %508, align 4
  %509 = getelementptr float, ptr %293, i64 %375
  store <8 x float> %388, ptr %509, align 4
  %510 = getelementptr float, ptr %293, i64 %392
  store <8 x float> %405, ptr %510, align 4
  %511 = getelementptr float, ptr %293, i64 %409
  store <8 x float> %422, ptr %511, align 4
  %512 = getelementptr float, ptr %293, i64 %426
  store <8 x float> %439, ptr %512, align 4
  br label %join54

join54:                                           ; preds = %then53, %body50
  %513 = add i64 %i52, 8
  br label %loop49

loop55:                                           ; preds = %done61, %done43
  %i58 = phi i64 [ %296, %done43 ], [ %547, %done61 ]
  %514 = icmp slt i64 %i58, %300
  br i1 %514, label %body56, label %done57

body56:                                           ; preds = %loop55
  %515 = sub i64 %i58, 4
  %516 = getelementptr float, ptr %params, i64 131072
  %517 = add i64 %515, 1
  %518 = mul i64 %517, 256
  %519 = mul i64 %515, 256
  br label %loop59

done57:                                           ; preds = %loop55
  ret void

loop59:                                           ; preds = %body60, %body56
  %i62 = phi i64 [ %519, %body56 ], [ %546, %body60 ]
  %520 = icmp slt i64 %i62, %518
  br i1 %520, label %body60, label %done61

body60:                                           ; preds = %loop59
  %521 = getelementptr float, ptr %516, i64 768
  %522 = getelementptr float, ptr %521, i64 %i62
  %523 = load <8 x float>, ptr %522, align 4
  %524 = getelementptr float, ptr %516, i64 512
  %525 = getelementptr float, ptr %524, i64 %i62
  %526 = load <8 x float>, ptr %525, align 4
  %527 = getelementptr float, ptr %params, i64 131072
  %528 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %523, <8 x float> zeroinitializer)
  %529 = fadd <8 x float> %528, <float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000>
  %530 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %529)
  %531 = getelementptr float, ptr %527, i64 0
  %532 = getelementptr float, ptr %531, i64 %i62
  %533 = load <8 x float>, ptr %532, align 4
  %534 = fdiv <8 x float> %533, %530
  %535 = fmul <8 x float> %534, %526
  %536 = getelementptr float, ptr %527, i64 256
  %537 = getelementptr float, ptr %536, i64 %i62
  %538 = load <8 x float>, ptr %537, align 4
  %539 = fsub <8 x float> %538, %535
  %540 = getelementptr float, ptr %gains, i64 0
  %541 = getelementptr float, ptr %540, i64 0
  %542 = getelementptr float, ptr %541, i64 %i62
  store <8 x float> %534, ptr %542, align 4
  %543 = getelementptr float, ptr %gains, i64 0
  %544 = getelementptr float, ptr %543, i64 256
  %545 = getelementptr float, ptr %544, i64 %i62
  store <8 x float> %539, ptr %545, align 4
  %546 = add i64 %i62, 8
  br label %loop59

done61:                                           ; preds = %loop59
  %547 = add i64 %i58, 1
  br label %loop55
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.sqrt.v8f32(<8 x float>) #0

define void @eic_forward(ptr %params, ptr %gains, ptr %acts, i64 %b0, i64 %b1, i64 %seed, i64 %step, i64 %first, float %sigma, i32 %prec, i32 %train, i32 %s0, i32 %s1) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca float, align 4
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %bf16 = icmp eq i32 %prec, 1
  %train1 = icmp ne i32 %train, 0
  %39 = icmp ult i32 0, %s1
  %40 = icmp ule i32 %s0, 0
  %41 = and i1 %40, %39
  br i1 %41, label %then, label %join

then:                                             ; preds = %entry
  br label %join

join:                                             ; preds = %then, %entry
  %42 = icmp ult i32 1, %s1
  %43 = icmp ule i32 %s0, 1
  %44 = and i1 %43, %42
  br i1 %44, label %then2, label %join3

then2:                                            ; preds = %join
  br i1 %bf16, label %then4, label %join5

join3:                                            ; preds = %done12, %join
  %45 = icmp ult i32 2, %s1
  %46 = icmp ule i32 %s0, 2
  %47 = and i1 %46, %45
  br i1 %47, label %then78, label %join79

then4:                                            ; preds = %then2
  br label %loop

join5:                                            ; preds = %done, %then2
  br label %loop10

loop:                                             ; preds = %done8, %then4
  %i = phi i64 [ %b0, %then4 ], [ %66, %done8 ]
  %48 = icmp slt i64 %i, %b1
  br i1 %48, label %body, label %done

body:                                             ; preds = %loop
  %49 = mul i64 %i, 2064
  %50 = add i64 %49, 0
  %51 = getelementptr float, ptr %acts, i64 %50
  br label %loop6

done:                                             ; preds = %loop
  br label %join5

loop6:                                            ; preds = %body7, %body
  %i9 = phi i64 [ 0, %body ], [ %65, %body7 ]
  %52 = icmp slt i64 %i9, 256
  br i1 %52, label %body7, label %done8

body7:                                            ; preds = %loop6
  %53 = getelementptr float, ptr %51, i64 %i9
  %54 = load <8 x float>, ptr %53, align 4
  %55 = bitcast <8 x float> %54 to <8 x i32>
  %56 = lshr <8 x i32> %55, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %57 = and <8 x i32> %56, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %58 = add <8 x i32> %57, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %59 = add <8 x i32> %55, %58
  %60 = fcmp uno <8 x float> %54, %54
  %61 = or <8 x i32> %55, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %62 = select <8 x i1> %60, <8 x i32> %61, <8 x i32> %59
  %63 = and <8 x i32> %62, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %64 = bitcast <8 x i32> %63 to <8 x float>
  store <8 x float> %64, ptr %53, align 4
  %65 = add i64 %i9, 8
  br label %loop6

done8:                                            ; preds = %loop6
  %66 = add i64 %i, 1
  br label %loop

loop10:                                           ; preds = %done16, %join5
  %i13 = phi i64 [ 0, %join5 ], [ %90, %done16 ]
  %67 = icmp slt i64 %i13, 1
  br i1 %67, label %body11, label %done12

body11:                                           ; preds = %loop10
  br label %loop14

done12:                                           ; preds = %loop10
  br label %join3

loop14:                                           ; preds = %done72, %body11
  %i17 = phi i64 [ 0, %body11 ], [ %519, %done72 ]
  %68 = icmp slt i64 %i17, 1
  br i1 %68, label %body15, label %done16

body15:                                           ; preds = %loop14
  %69 = mul i64 %i13, 1
  %70 = add i64 %69, %i17
  %71 = mul i64 %70, 65536
  %72 = add i64 1536, %71
  %73 = getelementptr float, ptr %gains, i64 %72
  %74 = sub i64 %b1, %b0
  %75 = sdiv i64 %74, 6
  %76 = mul i64 %75, 6
  %77 = add i64 %b0, %76
  %78 = sub i64 %b1, %77
  %79 = and i64 %78, -2
  %80 = add i64 %77, %79
  %81 = mul i64 %i13, 256
  %82 = sub i64 256, %81
  %83 = call i64 @llvm.smin.i64(i64 %82, i64 256)
  %84 = call i64 @llvm.smax.i64(i64 %83, i64 0)
  %85 = insertelement <8 x i64> undef, i64 %84, i32 0
  %86 = shufflevector <8 x i64> %85, <8 x i64> undef, <8 x i32> zeroinitializer
  %87 = add i64 %84, 15
  %88 = udiv i64 %87, 16
  %89 = mul i64 %88, 16
  br label %loop18

done16:                                           ; preds = %loop14
  %90 = add i64 %i13, 1
  br label %loop10

loop18:                                           ; preds = %done24, %body15
  %i21 = phi i64 [ 0, %body15 ], [ %133, %done24 ]
  %91 = icmp slt i64 %i21, %89
  br i1 %91, label %body19, label %done20

body19:                                           ; preds = %loop18
  br label %loop22

done20:                                           ; preds = %loop18
  br label %loop30

loop22:                                           ; preds = %done28, %body19
  %i25 = phi i64 [ %b0, %body19 ], [ %332, %done28 ]
  %92 = icmp slt i64 %i25, %77
  br i1 %92, label %body23, label %done24

body23:                                           ; preds = %loop22
  %93 = mul i64 %i17, 256
  %94 = add i64 %i25, 0
  %95 = mul i64 %94, 2064
  %96 = add i64 %95, 0
  %97 = getelementptr float, ptr %acts, i64 %96
  %98 = getelementptr float, ptr %97, i64 %93
  store <8 x float> zeroinitializer, ptr %38, align 32
  store <8 x float> zeroinitializer, ptr %37, align 32
  %99 = mul i64 %i17, 256
  %100 = add i64 %i25, 1
  %101 = mul i64 %100, 2064
  %102 = add i64 %101, 0
  %103 = getelementptr float, ptr %acts, i64 %102
  %104 = getelementptr float, ptr %103, i64 %99
  store <8 x float> zeroinitializer, ptr %36, align 32
  store <8 x float> zeroinitializer, ptr %35, align 32
  %105 = mul i64 %i17, 256
  %106 = add i64 %i25, 2
  %107 = mul i64 %106, 2064
  %108 = add i64 %107, 0
  %109 = getelementptr float, ptr %acts, i64 %108
  %110 = getelementptr float, ptr %109, i64 %105
  store <8 x float> zeroinitializer, ptr %34, align 32
  store <8 x float> zeroinitializer, ptr %33, align 32
  %111 = mul i64 %i17, 256
  %112 = add i64 %i25, 3
  %113 = mul i64 %112, 2064
  %114 = add i64 %113, 0
  %115 = getelementptr float, ptr %acts, i64 %114
  %116 = getelementptr float, ptr %115, i64 %111
  store <8 x float> zeroinitializer, ptr %32, align 32
  store <8 x float> zeroinitializer, ptr %31, align 32
  %117 = mul i64 %i17, 256
  %118 = add i64 %i25, 4
  %119 = mul i64 %118, 2064
  %120 = add i64 %119, 0
  %121 = getelementptr float, ptr %acts, i64 %120
  %122 = getelementptr float, ptr %121, i64 %117
  store <8 x float> zeroinitializer, ptr %30, align 32
  store <8 x float> zeroinitializer, ptr %29, align 32
  %123 = mul i64 %i17, 256
  %124 = add i64 %i25, 5
  %125 = mul i64 %124, 2064
  %126 = add i64 %125, 0
  %127 = getelementptr float, ptr %acts, i64 %126
  %128 = getelementptr float, ptr %127, i64 %123
  store <8 x float> zeroinitializer, ptr %28, align 32
  store <8 x float> zeroinitializer, ptr %27, align 32
  %129 = mul i64 %i17, 256
  %130 = sub i64 256, %129
  %131 = call i64 @llvm.smin.i64(i64 %130, i64 256)
  %132 = call i64 @llvm.smax.i64(i64 %131, i64 0)
  br label %loop26

done24:                                           ; preds = %loop22
  %133 = add i64 %i21, 16
  br label %loop18

loop26:                                           ; preds = %body27, %body23
  %i29 = phi i64 [ 0, %body23 ], [ %193, %body27 ]
  %134 = icmp slt i64 %i29, %132
  br i1 %134, label %body27, label %done28

body27:                                           ; preds = %loop26
  %135 = add i64 %i21, 0
  %136 = mul i64 %i29, 256
  %137 = add i64 %136, %135
  %138 = getelementptr float, ptr %73, i64 %137
  %139 = load <8 x float>, ptr %138, align 4
  %140 = add i64 %i21, 8
  %141 = mul i64 %i29, 256
  %142 = add i64 %141, %140
  %143 = getelementptr float, ptr %73, i64 %142
  %144 = load <8 x float>, ptr %143, align 4
  %145 = getelementptr float, ptr %98, i64 %i29
  %146 = load float, ptr %145, align 4
  %147 = insertelement <8 x float> undef, float %146, i32 0
  %148 = shufflevector <8 x float> %147, <8 x float> undef, <8 x i32> zeroinitializer
  %149 = load <8 x float>, ptr %38, align 32
  %150 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %148, <8 x float> %139, <8 x float> %149)
  store <8 x float> %150, ptr %38, align 32
  %151 = load <8 x float>, ptr %37, align 32
  %152 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %148, <8 x float> %144, <8 x float> %151)
  store <8 x float> %152, ptr %37, align 32
  %153 = getelementptr float, ptr %104, i64 %i29
  %154 = load float, ptr %153, align 4
  %155 = insertelement <8 x float> undef, float %154, i32 0
  %156 = shufflevector <8 x float> %155, <8 x float> undef, <8 x i32> zeroinitializer
  %157 = load <8 x float>, ptr %36, align 32
  %158 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %156, <8 x float> %139, <8 x float> %157)
  store <8 x float> %158, ptr %36, align 32
  %159 = load <8 x float>, ptr %35, align 32
  %160 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %156, <8 x float> %144, <8 x float> %159)
  store <8 x float> %160, ptr %35, align 32
  %161 = getelementptr float, ptr %110, i64 %i29
  %162 = load float, ptr %161, align 4
  %163 = insertelement <8 x float> undef, float %162, i32 0
  %164 = shufflevector <8 x float> %163, <8 x float> undef, <8 x i32> zeroinitializer
  %165 = load <8 x float>, ptr %34, align 32
  %166 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %164, <8 x float> %139, <8 x float> %165)
  store <8 x float> %166, ptr %34, align 32
  %167 = load <8 x float>, ptr %33, align 32
  %168 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %164, <8 x float> %144, <8 x float> %167)
  store <8 x float> %168, ptr %33, align 32
  %169 = getelementptr float, ptr %116, i64 %i29
  %170 = load float, ptr %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %172 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %173 = load <8 x float>, ptr %32, align 32
  %174 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %172, <8 x float> %139, <8 x float> %173)
  store <8 x float> %174, ptr %32, align 32
  %175 = load <8 x float>, ptr %31, align 32
  %176 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %172, <8 x float> %144, <8 x float> %175)
  store <8 x float> %176, ptr %31, align 32
  %177 = getelementptr float, ptr %122, i64 %i29
  %178 = load float, ptr %177, align 4
  %179 = insertelement <8 x float> undef, float %178, i32 0
  %180 = shufflevector <8 x float> %179, <8 x float> undef, <8 x i32> zeroinitializer
  %181 = load <8 x float>, ptr %30, align 32
  %182 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %180, <8 x float> %139, <8 x float> %181)
  store <8 x float> %182, ptr %30, align 32
  %183 = load <8 x float>, ptr %29, align 32
  %184 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %180, <8 x float> %144, <8 x float> %183)
  store <8 x float> %184, ptr %29, align 32
  %185 = getelementptr float, ptr %128, i64 %i29
  %186 = load float, ptr %185, align 4
  %187 = insertelement <8 x float> undef, float %186, i32 0
  %188 = shufflevector <8 x float> %187, <8 x float> undef, <8 x i32> zeroinitializer
  %189 = load <8 x float>, ptr %28, align 32
  %190 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %188, <8 x float> %139, <8 x float> %189)
  store <8 x float> %190, ptr %28, align 32
  %191 = load <8 x float>, ptr %27, align 32
  %192 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %188, <8 x float> %144, <8 x float> %191)
  store <8 x float> %192, ptr %27, align 32
  %193 = add i64 %i29, 1
  br label %loop26

done28:                                           ; preds = %loop26
  %194 = mul i64 %70, 256
  %195 = add i64 %194, %i21
  %196 = add i64 %i25, 0
  %197 = mul i64 %196, 2064
  %198 = add i64 %197, 256
  %199 = getelementptr float, ptr %acts, i64 %198
  %200 = getelementptr float, ptr %199, i64 %195
  %201 = getelementptr float, ptr %200, i64 0
  %202 = load <8 x float>, ptr %38, align 32
  %203 = add i64 %i21, 0
  %204 = insertelement <8 x i64> undef, i64 %203, i32 0
  %205 = shufflevector <8 x i64> %204, <8 x i64> undef, <8 x i32> zeroinitializer
  %206 = add <8 x i64> %205, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %207 = icmp slt <8 x i64> %206, %86
  %208 = select <8 x i1> %207, <8 x float> %202, <8 x float> zeroinitializer
  store <8 x float> %208, ptr %201, align 4
  %209 = getelementptr float, ptr %200, i64 8
  %210 = load <8 x float>, ptr %37, align 32
  %211 = add i64 %i21, 8
  %212 = insertelement <8 x i64> undef, i64 %211, i32 0
  %213 = shufflevector <8 x i64> %212, <8 x i64> undef, <8 x i32> zeroinitializer
  %214 = add <8 x i64> %213, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %215 = icmp slt <8 x i64> %214, %86
  %216 = select <8 x i1> %215, <8 x float> %210, <8 x float> zeroinitializer
  store <8 x float> %216, ptr %209, align 4
  %217 = mul i64 %70, 256
  %218 = add i64 %217, %i21
  %219 = add i64 %i25, 1
  %220 = mul i64 %219, 2064
  %221 = add i64 %220, 256
  %222 = getelementptr float, ptr %acts, i64 %221
  %223 = getelementptr float, ptr %222, i64 %218
  %224 = getelementptr float, ptr %223, i64 0
  %225 = load <8 x float>, ptr %36, align 32
  %226 = add i64 %i21, 0
  %227 = insertelement <8 x i64> undef, i64 %226, i32 0
  %228 = shufflevector <8 x i64> %227, <8 x i64> undef, <8 x i32> zeroinitializer
  %229 = add <8 x i64> %228, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %230 = icmp slt <8 x i64> %229, %86
  %231 = select <8 x i1> %230, <8 x float> %225, <8 x float> zeroinitializer
  store <8 x float> %231, ptr %224, align 4
  %232 = getelementptr float, ptr %223, i64 8
  %233 = load <8 x float>, ptr %35, align 32
  %234 = add i64 %i21, 8
  %235 = insertelement <8 x i64> undef, i64 %234, i32 0
  %236 = shufflevector <8 x i64> %235, <8 x i64> undef, <8 x i32> zeroinitializer
  %237 = add <8 x i64> %236, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %238 = icmp slt <8 x i64> %237, %86
  %239 = select <8 x i1> %238, <8 x float> %233, <8 x float> zeroinitializer
  store <8 x float> %239, ptr %232, align 4
  %240 = mul i64 %70, 256
  %241 = add i64 %240, %i21
  %242 = add i64 %i25, 2
  %243 = mul i64 %242, 2064
  %244 = add i64 %243, 256
  %245 = getelementptr float, ptr %acts, i64 %244
  %246 = getelementptr float, ptr %245, i64 %241
  %247 = getelementptr float, ptr %246, i64 0
  %248 = load <8 x float>, ptr %34, align 32
  %249 = add i64 %i21, 0
  %250 = insertelement <8 x i64> undef, i64 %249, i32 0
  %251 = shufflevector <8 x i64> %250, <8 x i64> undef, <8 x i32> zeroinitializer
  %252 = add <8 x i64> %251, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %253 = icmp slt <8 x i64> %252, %86
  %254 = select <8 x i1> %253, <8 x float> %248, <8 x float> zeroinitializer
  store <8 x float> %254, ptr %247, align 4
  %255 = getelementptr float, ptr %246, i64 8
  %256 = load <8 x float>, ptr %33, align 32
  %257 = add i64 %i21, 8
  %258 = insertelement <8 x i64> undef, i64 %257, i32 0
  %259 = shufflevector <8 x i64> %258, <8 x i64> undef, <8 x i32> zeroinitializer
  %260 = add <8 x i64> %259, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %261 = icmp slt <8 x i64> %260, %86
  %262 = select <8 x i1> %261, <8 x float> %256, <8 x float> zeroinitializer
  store <8 x float> %262, ptr %255, align 4
  %263 = mul i64 %70, 256
  %264 = add i64 %263, %i21
  %265 = add i64 %i25, 3
  %266 = mul i64 %265, 2064
  %267 = add i64 %266, 256
  %268 = getelementptr float, ptr %acts, i64 %267
  %269 = getelementptr float, ptr %268, i64 %264
  %270 = getelementptr float, ptr %269, i64 0
  %271 = load <8 x float>, ptr %32, align 32
  %272 = add i64 %i21, 0
  %273 = insertelement <8 x i64> undef, i64 %272, i32 0
  %274 = shufflevector <8 x i64> %273, <8 x i64> undef, <8 x i32> zeroinitializer
  %275 = add <8 x i64> %274, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %276 = icmp slt <8 x i64> %275, %86
  %277 = select <8 x i1> %276, <8 x float> %271, <8 x float> zeroinitializer
  store <8 x float> %277, ptr %270, align 4
  %278 = getelementptr float, ptr %269, i64 8
  %279 = load <8 x float>, ptr %31, align 32
  %280 = add i64 %i21, 8
  %281 = insertelement <8 x i64> undef, i64 %280, i32 0
  %282 = shufflevector <8 x i64> %281, <8 x i64> undef, <8 x i32> zeroinitializer
  %283 = add <8 x i64> %282, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %284 = icmp slt <8 x i64> %283, %86
  %285 = select <8 x i1> %284, <8 x float> %279, <8 x float> zeroinitializer
  store <8 x float> %285, ptr %278, align 4
  %286 = mul i64 %70, 256
  %287 = add i64 %286, %i21
  %288 = add i64 %i25, 4
  %289 = mul i64 %288, 2064
  %290 = add i64 %289, 256
  %291 = getelementptr float, ptr %acts, i64 %290
  %292 = getelementptr float, ptr %291, i64 %287
  %293 = getelementptr float, ptr %292, i64 0
  %294 = load <8 x float>, ptr %30, align 32
  %295 = add i64 %i21, 0
  %296 = insertelement <8 x i64> undef, i64 %295, i32 0
  %297 = shufflevector <8 x i64> %296, <8 x i64> undef, <8 x i32> zeroinitializer
  %298 = add <8 x i64> %297, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %299 = icmp slt <8 x i64> %298, %86
  %300 = select <8 x i1> %299, <8 x float> %294, <8 x float> zeroinitializer
  store <8 x float> %300, ptr %293, align 4
  %301 = getelementptr float, ptr %292, i64 8
  %302 = load <8 x float>, ptr %29, align 32
  %303 = add i64 %i21, 8
  %304 = insertelement <8 x i64> undef, i64 %303, i32 0
  %305 = shufflevector <8 x i64> %304, <8 x i64> undef, <8 x i32> zeroinitializer
  %306 = add <8 x i64> %305, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %307 = icmp slt <8 x i64> %306, %86
  %308 = select <8 x i1> %307, <8 x float> %302, <8 x float> zeroinitializer
  store <8 x float> %308, ptr %301, align 4
  %309 = mul i64 %70, 256
  %310 = add i64 %309, %i21
  %311 = add i64 %i25, 5
  %312 = mul i64 %311, 2064
  %313 = add i64 %312, 256
  %314 = getelementptr float, ptr %acts, i64 %313
  %315 = getelementptr float, ptr %314, i64 %310
  %316 = getelementptr float, ptr %315, i64 0
  %317 = load <8 x float>, ptr %28, align 32
  %318 = add i64 %i21, 0
  %319 = insertelement <8 x i64> undef, i64 %318, i32 0
  %320 = shufflevector <8 x i64> %319, <8 x i64> undef, <8 x i32> zeroinitializer
  %321 = add <8 x i64> %320, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %322 = icmp slt <8 x i64> %321, %86
  %323 = select <8 x i1> %322, <8 x float> %317, <8 x float> zeroinitializer
  store <8 x float> %323, ptr %316, align 4
  %324 = getelementptr float, ptr %315, i64 8
  %325 = load <8 x float>, ptr %27, align 32
  %326 = add i64 %i21, 8
  %327 = insertelement <8 x i64> undef, i64 %326, i32 0
  %328 = shufflevector <8 x i64> %327, <8 x i64> undef, <8 x i32> zeroinitializer
  %329 = add <8 x i64> %328, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %330 = icmp slt <8 x i64> %329, %86
  %331 = select <8 x i1> %330, <8 x float> %325, <8 x float> zeroinitializer
  store <8 x float> %331, ptr %324, align 4
  %332 = add i64 %i25, 6
  br label %loop22

loop30:                                           ; preds = %done36, %done20
  %i33 = phi i64 [ %89, %done20 ], [ %349, %done36 ]
  %333 = icmp slt i64 %i33, 256
  br i1 %333, label %body31, label %done32

body31:                                           ; preds = %loop30
  br label %loop34

done32:                                           ; preds = %loop30
  %334 = insertelement <8 x i64> undef, i64 %84, i32 0
  %335 = shufflevector <8 x i64> %334, <8 x i64> undef, <8 x i32> zeroinitializer
  %336 = add i64 %84, 15
  %337 = udiv i64 %336, 16
  %338 = mul i64 %337, 16
  br label %loop38

loop34:                                           ; preds = %body35, %body31
  %i37 = phi i64 [ %b0, %body31 ], [ %348, %body35 ]
  %339 = icmp slt i64 %i37, %77
  br i1 %339, label %body35, label %done36

body35:                                           ; preds = %loop34
  %340 = mul i64 %70, 256
  %341 = add i64 %340, %i33
  %342 = mul i64 %i37, 2064
  %343 = add i64 %342, 256
  %344 = getelementptr float, ptr %acts, i64 %343
  %345 = getelementptr float, ptr %344, i64 %341
  %346 = getelementptr float, ptr %345, i64 0
  store <8 x float> zeroinitializer, ptr %346, align 4
  %347 = getelementptr float, ptr %345, i64 8
  store <8 x float> zeroinitializer, ptr %347, align 4
  %348 = add i64 %i37, 1
  br label %loop34

done36:                                           ; preds = %loop34
  %349 = add i64 %i33, 16
  br label %loop30

loop38:                                           ; preds = %done44, %done32
  %i41 = phi i64 [ 0, %done32 ], [ %368, %done44 ]
  %350 = icmp slt i64 %i41, %338
  br i1 %350, label %body39, label %done40

body39:                                           ; preds = %loop38
  br label %loop42

done40:                                           ; preds = %loop38
  br label %loop50

loop42:                                           ; preds = %done48, %body39
  %i45 = phi i64 [ %77, %body39 ], [ %443, %done48 ]
  %351 = icmp slt i64 %i45, %80
  br i1 %351, label %body43, label %done44

body43:                                           ; preds = %loop42
  %352 = mul i64 %i17, 256
  %353 = add i64 %i45, 0
  %354 = mul i64 %353, 2064
  %355 = add i64 %354, 0
  %356 = getelementptr float, ptr %acts, i64 %355
  %357 = getelementptr float, ptr %356, i64 %352
  store <8 x float> zeroinitializer, ptr %26, align 32
  store <8 x float> zeroinitializer, ptr %25, align 32
  %358 = mul i64 %i17, 256
  %359 = add i64 %i45, 1
  %360 = mul i64 %359, 2064
  %361 = add i64 %360, 0
  %362 = getelementptr float, ptr %acts, i64 %361
  %363 = getelementptr float, ptr %362, i64 %358
  store <8 x float> zeroinitializer, ptr %24, align 32
  store <8 x float> zeroinitializer, ptr %23, align 32
  %364 = mul i64 %i17, 256
  %365 = sub i64 256, %364
  %366 = call i64 @llvm.smin.i64(i64 %365, i64 256)
  %367 = call i64 @llvm.smax.i64(i64 %366, i64 0)
  br label %loop46

done44:                                           ; preds = %loop42
  %368 = add i64 %i41, 16
  br label %loop38

loop46:                                           ; preds = %body47, %body43
  %i49 = phi i64 [ 0, %body43 ], [ %396, %body47 ]
  %369 = icmp slt i64 %i49, %367
  br i1 %369, label %body47, label %done48

body47:                                           ; preds = %loop46
  %370 = add i64 %i41, 0
  %371 = mul i64 %i49, 256
  %372 = add i64 %371, %370
  %373 = getelementptr float, ptr %73, i64 %372
  %374 = load <8 x float>, ptr %373, align 4
  %375 = add i64 %i41, 8
  %376 = mul i64 %i49, 256
  %377 = add i64 %376, %375
  %378 = getelementptr float, ptr %73, i64 %377
  %379 = load <8 x float>, ptr %378, align 4
  %380 = getelementptr float, ptr %357, i64 %i49
  %381 = load float, ptr %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %383 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, ptr %26, align 32
  %385 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %383, <8 x float> %374, <8 x float> %384)
  store <8 x float> %385, ptr %26, align 32
  %386 = load <8 x float>, ptr %25, align 32
  %387 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %383, <8 x float> %379, <8 x float> %386)
  store <8 x float> %387, ptr %25, align 32
  %388 = getelementptr float, ptr %363, i64 %i49
  %389 = load float, ptr %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %391 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %392 = load <8 x float>, ptr %24, align 32
  %393 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %391, <8 x float> %374, <8 x float> %392)
  store <8 x float> %393, ptr %24, align 32
  %394 = load <8 x float>, ptr %23, align 32
  %395 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %391, <8 x float> %379, <8 x float> %394)
  store <8 x float> %395, ptr %23, align 32
  %396 = add i64 %i49, 1
  br label %loop46

done48:                                           ; preds = %loop46
  %397 = mul i64 %70, 256
  %398 = add i64 %397, %i41
  %399 = add i64 %i45, 0
  %400 = mul i64 %399, 2064
  %401 = add i64 %400, 256
  %402 = getelementptr float, ptr %acts, i64 %401
  %403 = getelementptr float, ptr %402, i64 %398
  %404 = getelementptr float, ptr %403, i64 0
  %405 = load <8 x float>, ptr %26, align 32
  %406 = add i64 %i41, 0
  %407 = insertelement <8 x i64> undef, i64 %406, i32 0
  %408 = shufflevector <8 x i64> %407, <8 x i64> undef, <8 x i32> zeroinitializer
  %409 = add <8 x i64> %408, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %410 = icmp slt <8 x i64> %409, %335
  %411 = select <8 x i1> %410, <8 x float> %405, <8 x float> zeroinitializer
  store <8 x float> %411, ptr %404, align 4
  %412 = getelementptr float, ptr %403, i64 8
  %413 = load <8 x float>, ptr %25, align 32
  %414 = add i64 %i41, 8
  %415 = insertelement <8 x i64> undef, i64 %414, i32 0
  %416 = shufflevector <8 x i64> %415, <8 x i64> undef, <8 x i32> zeroinitializer
  %417 = add <8 x i64> %416, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %418 = icmp slt <8 x i64> %417, %335
  %419 = select <8 x i1> %418, <8 x float> %413, <8 x float> zeroinitializer
  store <8 x float> %419, ptr %412, align 4
  %420 = mul i64 %70, 256
  %421 = add i64 %420, %i41
  %422 = add i64 %i45, 1
  %423 = mul i64 %422, 2064
  %424 = add i64 %423, 256
  %425 = getelementptr float, ptr %acts, i64 %424
  %426 = getelementptr float, ptr %425, i64 %421
  %427 = getelementptr float, ptr %426, i64 0
  %428 = load <8 x float>, ptr %24, align 32
  %429 = add i64 %i41, 0
  %430 = insertelement <8 x i64> undef, i64 %429, i32 0
  %431 = shufflevector <8 x i64> %430, <8 x i64> undef, <8 x i32> zeroinitializer
  %432 = add <8 x i64> %431, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %433 = icmp slt <8 x i64> %432, %335
  %434 = select <8 x i1> %433, <8 x float> %428, <8 x float> zeroinitializer
  store <8 x float> %434, ptr %427, align 4
  %435 = getelementptr float, ptr %426, i64 8
  %436 = load <8 x float>, ptr %23, align 32
  %437 = add i64 %i41, 8
  %438 = insertelement <8 x i64> undef, i64 %437, i32 0
  %439 = shufflevector <8 x i64> %438, <8 x i64> undef, <8 x i32> zeroinitializer
  %440 = add <8 x i64> %439, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %441 = icmp slt <8 x i64> %440, %335
  %442 = select <8 x i1> %441, <8 x float> %436, <8 x float> zeroinitializer
  store <8 x float> %442, ptr %435, align 4
  %443 = add i64 %i45, 2
  br label %loop42

loop50:                                           ; preds = %done56, %done40
  %i53 = phi i64 [ %338, %done40 ], [ %460, %done56 ]
  %444 = icmp slt i64 %i53, 256
  br i1 %444, label %body51, label %done52

body51:                                           ; preds = %loop50
  br label %loop54

done52:                                           ; preds = %loop50
  %445 = insertelement <8 x i64> undef, i64 %84, i32 0
  %446 = shufflevector <8 x i64> %445, <8 x i64> undef, <8 x i32> zeroinitializer
  %447 = add i64 %84, 15
  %448 = udiv i64 %447, 16
  %449 = mul i64 %448, 16
  br label %loop58

loop54:                                           ; preds = %body55, %body51
  %i57 = phi i64 [ %77, %body51 ], [ %459, %body55 ]
  %450 = icmp slt i64 %i57, %80
  br i1 %450, label %body55, label %done56

body55:                                           ; preds = %loop54
  %451 = mul i64 %70, 256
  %452 = add i64 %451, %i53
  %453 = mul i64 %i57, 2064
  %454 = add i64 %453, 256
  %455 = getelementptr float, ptr %acts, i64 %454
  %456 = getelementptr float, ptr %455, i64 %452
  %457 = getelementptr float, ptr %456, i64 0
  store <8 x float> zeroinitializer, ptr %457, align 4
  %458 = getelementptr float, ptr %456, i64 8
  store <8 x float> zeroinitializer, ptr %458, align 4
  %459 = add i64 %i57, 1
  br label %loop54

done56:                                           ; preds = %loop54
  %460 = add i64 %i53, 16
  br label %loop50

loop58:                                           ; preds = %done64, %done52
  %i61 = phi i64 [ 0, %done52 ], [ %473, %done64 ]
  %461 = icmp slt i64 %i61, %449
  br i1 %461, label %body59, label %done60

body59:                                           ; preds = %loop58
  br label %loop62

done60:                                           ; preds = %loop58
  br label %loop70

loop62:                                           ; preds = %done68, %body59
  %i65 = phi i64 [ %80, %body59 ], [ %517, %done68 ]
  %462 = icmp slt i64 %i65, %b1
  br i1 %462, label %body63, label %done64

body63:                                           ; preds = %loop62
  %463 = mul i64 %i17, 256
  %464 = add i64 %i65, 0
  %465 = mul i64 %464, 2064
  %466 = add i64 %465, 0
  %467 = getelementptr float, ptr %acts, i64 %466
  %468 = getelementptr float, ptr %467, i64 %463
  store <8 x float> zeroinitializer, ptr %22, align 32
  store <8 x float> zeroinitializer, ptr %21, align 32
  %469 = mul i64 %i17, 256
  %470 = sub i64 256, %469
  %471 = call i64 @llvm.smin.i64(i64 %470, i64 256)
  %472 = call i64 @llvm.smax.i64(i64 %471, i64 0)
  br label %loop66

done64:                                           ; preds = %loop62
  %473 = add i64 %i61, 16
  br label %loop58

loop66:                                           ; preds = %body67, %body63
  %i69 = phi i64 [ 0, %body63 ], [ %493, %body67 ]
  %474 = icmp slt i64 %i69, %472
  br i1 %474, label %body67, label %done68

body67:                                           ; preds = %loop66
  %475 = add i64 %i61, 0
  %476 = mul i64 %i69, 256
  %477 = add i64 %476, %475
  %478 = getelementptr float, ptr %73, i64 %477
  %479 = load <8 x float>, ptr %478, align 4
  %480 = add i64 %i61, 8
  %481 = mul i64 %i69, 256
  %482 = add i64 %481, %480
  %483 = getelementptr float, ptr %73, i64 %482
  %484 = load <8 x float>, ptr %483, align 4
  %485 = getelementptr float, ptr %468, i64 %i69
  %486 = load float, ptr %485, align 4
  %487 = insertelement <8 x float> undef, float %486, i32 0
  %488 = shufflevector <8 x float> %487, <8 x float> undef, <8 x i32> zeroinitializer
  %489 = load <8 x float>, ptr %22, align 32
  %490 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %488, <8 x float> %479, <8 x float> %489)
  store <8 x float> %490, ptr %22, align 32
  %491 = load <8 x float>, ptr %21, align 32
  %492 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %488, <8 x float> %484, <8 x float> %491)
  store <8 x float> %492, ptr %21, align 32
  %493 = add i64 %i69, 1
  br label %loop66

done68:                                           ; preds = %loop66
  %494 = mul i64 %70, 256
  %495 = add i64 %494, %i61
  %496 = add i64 %i65, 0
  %497 = mul i64 %496, 2064
  %498 = add i64 %497, 256
  %499 = getelementptr float, ptr %acts, i64 %498
  %500 = getelementptr float, ptr %499, i64 %495
  %501 = getelementptr float, ptr %500, i64 0
  %502 = load <8 x float>, ptr %22, align 32
  %503 = add i64 %i61, 0
  %504 = insertelement <8 x i64> undef, i64 %503, i32 0
  %505 = shufflevector <8 x i64> %504, <8 x i64> undef, <8 x i32> zeroinitializer
  %506 = add <8 x i64> %505, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %507 = icmp slt <8 x i64> %506, %446
  %508 = select <8 x i1> %507, <8 x float> %502, <8 x float> zeroinitializer
  store <8 x float> %508, ptr %501, align 4
  %509 = getelementptr float, ptr %500, i64 8
  %510 = load <8 x float>, ptr %21, align 32
  %511 = add i64 %i61, 8
  %512 = insertelement <8 x i64> undef, i64 %511, i32 0
  %513 = shufflevector <8 x i64> %512, <8 x i64> undef, <8 x i32> zeroinitializer
  %514 = add <8 x i64> %513, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %515 = icmp slt <8 x i64> %514, %446
  %516 = select <8 x i1> %515, <8 x float> %510, <8 x float> zeroinitializer
  store <8 x float> %516, ptr %509, align 4
  %517 = add i64 %i65, 1
  br label %loop62

loop70:                                           ; preds = %done76, %done60
  %i73 = phi i64 [ %449, %done60 ], [ %530, %done76 ]
  %518 = icmp slt i64 %i73, 256
  br i1 %518, label %body71, label %done72

body71:                                           ; preds = %loop70
  br label %loop74

done72:                                           ; preds = %loop70
  %519 = add i64 %i17, 1
  br label %loop14

loop74:                                           ; preds = %body75, %body71
  %i77 = phi i64 [ %80, %body71 ], [ %529, %body75 ]
  %520 = icmp slt i64 %i77, %b1
  br i1 %520, label %body75, label %done76

body75:                                           ; preds = %loop74
  %521 = mul i64 %70, 256
  %522 = add i64 %521, %i73
  %523 = mul i64 %i77, 2064
  %524 = add i64 %523, 256
  %525 = getelementptr float, ptr %acts, i64 %524
  %526 = getelementptr float, ptr %525, i64 %522
  %527 = getelementptr float, ptr %526, i64 0
  store <8 x float> zeroinitializer, ptr %527, align 4
  %528 = getelementptr float, ptr %526, i64 8
  store <8 x float> zeroinitializer, ptr %528, align 4
  %529 = add i64 %i77, 1
  br label %loop74

done76:                                           ; preds = %loop74
  %530 = add i64 %i73, 16
  br label %loop70

then78:                                           ; preds = %join3
  br label %loop80

join79:                                           ; preds = %done82, %join3
  %531 = icmp ult i32 3, %s1
  %532 = icmp ule i32 %s0, 3
  %533 = and i1 %532, %531
  br i1 %533, label %then96, label %join97

loop80:                                           ; preds = %done86, %then78
  %i83 = phi i64 [ %b0, %then78 ], [ %542, %done86 ]
  %534 = icmp slt i64 %i83, %b1
  br i1 %534, label %body81, label %done82

body81:                                           ; preds = %loop80
  %535 = mul i64 %i83, 2064
  %536 = add i64 %535, 256
  %537 = getelementptr float, ptr %acts, i64 %536
  %538 = mul i64 %i83, 2064
  %539 = add i64 %538, 512
  %540 = getelementptr float, ptr %acts, i64 %539
  br label %loop84

done82:                                           ; preds = %loop80
  br label %join79

loop84:                                           ; preds = %done90, %body81
  %i87 = phi i64 [ 0, %body81 ], [ %544, %done90 ]
  %541 = icmp slt i64 %i87, 1
  br i1 %541, label %body85, label %done86

body85:                                           ; preds = %loop84
  br label %loop88

done86:                                           ; preds = %loop84
  %542 = add i64 %i83, 1
  br label %loop80

loop88:                                           ; preds = %done94, %body85
  %i91 = phi i64 [ 0, %body85 ], [ %565, %done94 ]
  %543 = icmp slt i64 %i91, 256
  br i1 %543, label %body89, label %done90

body89:                                           ; preds = %loop88
  store float 0.000000e+00, ptr %20, align 4
  br label %loop92

done90:                                           ; preds = %loop88
  %544 = add i64 %i87, 1
  br label %loop84

loop92:                                           ; preds = %body93, %body89
  %i95 = phi i64 [ 0, %body89 ], [ %554, %body93 ]
  %545 = icmp slt i64 %i95, 1
  br i1 %545, label %body93, label %done94

body93:                                           ; preds = %loop92
  %546 = mul i64 %i87, 1
  %547 = add i64 %546, %i95
  %548 = mul i64 %547, 256
  %549 = add i64 %548, %i91
  %550 = getelementptr float, ptr %537, i64 %549
  %551 = load float, ptr %550, align 4
  %552 = load float, ptr %20, align 4
  %553 = fadd float %552, %551
  store float %553, ptr %20, align 4
  %554 = add i64 %i95, 1
  br label %loop92

done94:                                           ; preds = %loop92
  %555 = mul i64 %i87, 256
  %556 = add i64 %555, %i91
  %557 = add i64 1024, %556
  %558 = getelementptr float, ptr %gains, i64 %557
  %559 = load float, ptr %558, align 4
  %560 = load float, ptr %20, align 4
  %561 = fmul float %560, %559
  %562 = icmp slt i64 %556, 256
  %563 = getelementptr float, ptr %540, i64 %556
  %564 = select i1 %562, float %561, float 0.000000e+00
  store float %564, ptr %563, align 4
  %565 = add i64 %i91, 1
  br label %loop88

then96:                                           ; preds = %join79
  br label %loop98

join97:                                           ; preds = %done100, %join79
  %566 = icmp ult i32 4, %s1
  %567 = icmp ule i32 %s0, 4
  %568 = and i1 %567, %566
  br i1 %568, label %then110, label %join111

loop98:                                           ; preds = %done108, %then96
  %i101 = phi i64 [ %b0, %then96 ], [ %594, %done108 ]
  %569 = icmp slt i64 %i101, %b1
  br i1 %569, label %body99, label %done100

body99:                                           ; preds = %loop98
  %570 = mul i64 %i101, 2064
  %571 = add i64 %570, 512
  %572 = getelementptr float, ptr %acts, i64 %571
  %573 = mul i64 %i101, 2064
  %574 = add i64 %573, 768
  %575 = getelementptr float, ptr %acts, i64 %574
  br label %loop102

done100:                                          ; preds = %loop98
  br label %join97

loop102:                                          ; preds = %body103, %body99
  %i105 = phi i64 [ 0, %body99 ], [ %590, %body103 ]
  %576 = icmp slt i64 %i105, 256
  br i1 %576, label %body103, label %done104

body103:                                          ; preds = %loop102
  %577 = getelementptr float, ptr %572, i64 %i105
  %578 = load float, ptr %577, align 4
  %579 = getelementptr float, ptr %gains, i64 0
  %580 = getelementptr float, ptr %579, i64 0
  %581 = getelementptr float, ptr %580, i64 %i105
  %582 = load float, ptr %581, align 4
  %583 = fmul float %582, %578
  %584 = getelementptr float, ptr %575, i64 %i105
  %585 = getelementptr float, ptr %gains, i64 0
  %586 = getelementptr float, ptr %585, i64 256
  %587 = getelementptr float, ptr %586, i64 %i105
  %588 = load float, ptr %587, align 4
  %589 = fadd float %583, %588
  store float %589, ptr %584, align 4
  %590 = add i64 %i105, 1
  br label %loop102

done104:                                          ; preds = %loop102
  br label %loop106

loop106:                                          ; preds = %body107, %done104
  %i109 = phi i64 [ 256, %done104 ], [ %593, %body107 ]
  %591 = icmp slt i64 %i109, 256
  br i1 %591, label %body107, label %done108

body107:                                          ; preds = %loop106
  %592 = getelementptr float, ptr %575, i64 %i109
  store float 0.000000e+00, ptr %592, align 4
  %593 = add i64 %i109, 1
  br label %loop106

done108:                                          ; preds = %loop106
  %594 = add i64 %i101, 1
  br label %loop98

then110:                                          ; preds = %join97
  %595 = fcmp olt float %sigma, 0.000000e+00
  %596 = select i1 %595, float 0x3FC99999A0000000, float %sigma
  %597 = fcmp ogt float %596, 0.000000e+00
  br label %loop112

join111:                                          ; preds = %done114, %join97
  %598 = icmp ult i32 5, %s1
  %599 = icmp ule i32 %s0, 5
  %600 = and i1 %599, %598
  br i1 %600, label %then122, label %join123

loop112:                                          ; preds = %done118, %then110
  %i115 = phi i64 [ %b0, %then110 ], [ %643, %done118 ]
  %601 = icmp slt i64 %i115, %b1
  br i1 %601, label %body113, label %done114

body113:                                          ; preds = %loop112
  %602 = mul i64 %i115, 2064
  %603 = add i64 %602, 768
  %604 = getelementptr float, ptr %acts, i64 %603
  %605 = mul i64 %i115, 2064
  %606 = add i64 %605, 1024
  %607 = getelementptr float, ptr %acts, i64 %606
  %608 = add i64 %first, %i115
  %609 = add i64 %seed, -7046029254386353131
  %610 = lshr i64 %609, 30
  %611 = xor i64 %609, %610
  %612 = mul i64 %611, -4658895280553007687
  %613 = lshr i64 %612, 27
  %614 = xor i64 %612, %613
  %615 = mul i64 %614, -7723592293110705685
  %616 = lshr i64 %615, 31
  %617 = xor i64 %615, %616
  %618 = add i64 %617, %step
  %619 = lshr i64 %618, 30
  %620 = xor i64 %618, %619
  %621 = mul i64 %620, -4658895280553007687
  %622 = lshr i64 %621, 27
  %623 = xor i64 %621, %622
  %624 = mul i64 %623, -7723592293110705685
  %625 = lshr i64 %624, 31
  %626 = xor i64 %624, %625
  %627 = or i64 4398046511104, %608
  %628 = add i64 %626, %627
  %629 = lshr i64 %628, 30
  %630 = xor i64 %628, %629
  %631 = mul i64 %630, -4658895280553007687
  %632 = lshr i64 %631, 27
  %633 = xor i64 %631, %632
  %634 = mul i64 %633, -7723592293110705685
  %635 = lshr i64 %634, 31
  %636 = xor i64 %634, %635
  br label %loop116

done114:                                          ; preds = %loop112
  br label %join111

loop116:                                          ; preds = %join121, %body113
  %i119 = phi i64 [ 0, %body113 ], [ %765, %join121 ]
  %637 = icmp slt i64 %i119, 256
  br i1 %637, label %body117, label %done118

body117:                                          ; preds = %loop116
  %638 = insertelement <8 x i64> undef, i64 %i119, i32 0
  %639 = shufflevector <8 x i64> %638, <8 x i64> undef, <8 x i32> zeroinitializer
  %640 = add <8 x i64> %639, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %641 = getelementptr float, ptr %604, i64 %i119
  %642 = load <8 x float>, ptr %641, align 4
  store <8 x float> %642, ptr %19, align 32
  br i1 %597, label %then120, label %join121

done118:                                          ; preds = %loop116
  %643 = add i64 %i115, 1
  br label %loop112

then120:                                          ; preds = %body117
  %644 = insertelement <8 x i64> undef, i64 %636, i32 0
  %645 = shufflevector <8 x i64> %644, <8 x i64> undef, <8 x i32> zeroinitializer
  %646 = mul <8 x i64> %640, <i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131>
  %647 = add <8 x i64> %645, %646
  %648 = lshr <8 x i64> %647, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %649 = xor <8 x i64> %647, %648
  %650 = mul <8 x i64> %649, <i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687>
  %651 = lshr <8 x i64> %650, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %652 = xor <8 x i64> %650, %651
  %653 = mul <8 x i64> %652, <i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685>
  %654 = lshr <8 x i64> %653, <i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31>
  %655 = xor <8 x i64> %653, %654
  %656 = lshr <8 x i64> %655, <i64 41, i64 41, i64 41, i64 41, i64 41, i64 41, i64 41, i64 41>
  %657 = mul <8 x i64> <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>, %656
  %658 = add <8 x i64> %657, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %659 = lshr <8 x i64> %655, <i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17>
  %660 = and <8 x i64> %659, <i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607>
  %661 = mul <8 x i64> <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>, %660
  %662 = add <8 x i64> %661, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %663 = uitofp <8 x i64> %658 to <8 x float>
  %664 = fmul <8 x float> %663, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %665 = uitofp <8 x i64> %662 to <8 x float>
  %666 = fmul <8 x float> %665, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %667 = bitcast <8 x float> %664 to <8 x i32>
  %668 = lshr <8 x i32> %667, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %669 = sub <8 x i32> %668, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %670 = sitofp <8 x i32> %669 to <8 x float>
  %671 = and <8 x i32> %667, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %672 = or <8 x i32> %671, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %673 = bitcast <8 x i32> %672 to <8 x float>
  %674 = fcmp ogt <8 x float> %673, <float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000>
  %675 = fmul <8 x float> %673, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %676 = select <8 x i1> %674, <8 x float> %675, <8 x float> %673
  %677 = fadd <8 x float> %670, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %678 = select <8 x i1> %674, <8 x float> %677, <8 x float> %670
  %679 = fadd <8 x float> %676, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %680 = fsub <8 x float> %676, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %681 = fdiv <8 x float> %680, %679
  %682 = fmul <8 x float> %681, %681
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %682, <8 x float> <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>, <8 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>)
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %682, <8 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>)
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %684, <8 x float> %682, <8 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>)
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %685, <8 x float> %682, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %687 = fmul <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %681
  %688 = fmul <8 x float> %687, %686
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %678, <8 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>, <8 x float> %688)
  %690 = fmul <8 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %689
  %691 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %690)
  %692 = fcmp olt <8 x float> %666, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %693 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %666
  %694 = select <8 x i1> %692, <8 x float> %666, <8 x float> %693
  %695 = fsub <8 x float> %694, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %696 = fmul <8 x float> %695, <float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000>
  %697 = fmul <8 x float> %696, %696
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> <float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000>, <8 x float> <float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000>)
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %698, <8 x float> %697, <8 x float> <float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000>)
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %699, <8 x float> %697, <8 x float> <float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000>)
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> %697, <8 x float> <float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000>)
  %702 = fmul <8 x float> %696, %697
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %701, <8 x float> %696)
  %704 = fneg <8 x float> %703
  %705 = fmul <8 x float> %691, %704
  %706 = insertelement <8 x float> undef, float %596, i32 0
  %707 = shufflevector <8 x float> %706, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = fmul <8 x float> %707, %705
  %709 = fadd <8 x float> %642, %708
  store <8 x float> %709, ptr %19, align 32
  br label %join121

join121:                                          ; preds = %then120, %body117
  %710 = getelementptr float, ptr %params, i64 132096
  %711 = getelementptr float, ptr %710, i64 %i119
  %712 = load <8 x float>, ptr %711, align 4
  %713 = load <8 x float>, ptr %19, align 32
  %714 = fcmp oge <8 x float> %713, %712
  %715 = icmp slt <8 x i64> %640, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %716 = and <8 x i1> %714, %715
  %717 = uitofp <8 x i1> %716 to <8 x float>
  %718 = getelementptr float, ptr %607, i64 %i119
  %719 = fmul <8 x float> %717, <float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00>
  %720 = add i64 %first, %i115
  %721 = add i64 %seed, -7046029254386353131
  %722 = lshr i64 %721, 30
  %723 = xor i64 %721, %722
  %724 = mul i64 %723, -4658895280553007687
  %725 = lshr i64 %724, 27
  %726 = xor i64 %724, %725
  %727 = mul i64 %726, -7723592293110705685
  %728 = lshr i64 %727, 31
  %729 = xor i64 %727, %728
  %730 = add i64 %729, %step
  %731 = lshr i64 %730, 30
  %732 = xor i64 %730, %731
  %733 = mul i64 %732, -4658895280553007687
  %734 = lshr i64 %733, 27
  %735 = xor i64 %733, %734
  %736 = mul i64 %735, -7723592293110705685
  %737 = lshr i64 %736, 31
  %738 = xor i64 %736, %737
  %739 = or i64 -9223367638808264704, %720
  %740 = add i64 %738, %739
  %741 = lshr i64 %740, 30
  %742 = xor i64 %740, %741
  %743 = mul i64 %742, -4658895280553007687
  %744 = lshr i64 %743, 27
  %745 = xor i64 %743, %744
  %746 = mul i64 %745, -7723592293110705685
  %747 = lshr i64 %746, 31
  %748 = xor i64 %746, %747
  %749 = insertelement <8 x i64> undef, i64 %748, i32 0
  %750 = shufflevector <8 x i64> %749, <8 x i64> undef, <8 x i32> zeroinitializer
  %751 = mul <8 x i64> %640, <i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131>
  %752 = add <8 x i64> %750, %751
  %753 = lshr <8 x i64> %752, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %754 = xor <8 x i64> %752, %753
  %755 = mul <8 x i64> %754, <i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687>
  %756 = lshr <8 x i64> %755, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %757 = xor <8 x i64> %755, %756
  %758 = mul <8 x i64> %757, <i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685>
  %759 = lshr <8 x i64> %758, <i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31>
  %760 = xor <8 x i64> %758, %759
  %761 = lshr <8 x i64> %760, <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>
  %762 = icmp uge <8 x i64> %761, <i64 3355443, i64 3355443, i64 3355443, i64 3355443, i64 3355443, i64 3355443, i64 3355443, i64 3355443>
  %763 = select <8 x i1> %762, <8 x float> %719, <8 x float> zeroinitializer
  %764 = select i1 %train1, <8 x float> %763, <8 x float> %717
  store <8 x float> %764, ptr %718, align 4
  %765 = add i64 %i119, 8
  br label %loop116

then122:                                          ; preds = %join111
  %766 = getelementptr float, ptr %params, i64 132352
  %767 = load float, ptr %766, align 4
  %768 = fcmp ogt float %767, 0.000000e+00
  %769 = fneg float %767
  %770 = select i1 %768, float %769, float %767
  %771 = call float @llvm.exp.f32(float %770)
  %772 = fmul float 3.000000e+00, %771
  %773 = fadd float 1.000000e+00, %772
  %774 = fsub float 1.000000e+00, %771
  %775 = fdiv float %774, %773
  %776 = fadd float %771, 3.000000e+00
  %777 = fsub float %771, 1.000000e+00
  %778 = fdiv float %777, %776
  %779 = select i1 %768, float %775, float %778
  br label %loop124

join123:                                          ; preds = %done126, %join111
  %780 = icmp ult i32 6, %s1
  %781 = icmp ule i32 %s0, 6
  %782 = and i1 %781, %780
  br i1 %782, label %then140, label %join141

loop124:                                          ; preds = %done130, %then122
  %i127 = phi i64 [ %b0, %then122 ], [ %785, %done130 ]
  %783 = icmp slt i64 %i127, %b1
  br i1 %783, label %body125, label %done126

body125:                                          ; preds = %loop124
  br label %loop128

done126:                                          ; preds = %loop124
  br label %join123

loop128:                                          ; preds = %done134, %body125
  %i131 = phi i64 [ 0, %body125 ], [ %800, %done134 ]
  %784 = icmp slt i64 %i131, 1
  br i1 %784, label %body129, label %done130

body129:                                          ; preds = %loop128
  br label %loop132

done130:                                          ; preds = %loop128
  %785 = add i64 %i127, 1
  br label %loop124

loop132:                                          ; preds = %done138, %body129
  %i135 = phi i64 [ 0, %body129 ], [ %819, %done138 ]
  %786 = icmp slt i64 %i135, 4
  br i1 %786, label %body133, label %done134

body133:                                          ; preds = %loop132
  %787 = mul i64 %i131, 256
  %788 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i135
  %789 = load i32, ptr %788, align 4
  %790 = sext i32 %789 to i64
  %791 = mul i64 %790, 64
  %792 = add i64 %787, %791
  %793 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i135
  %794 = load i32, ptr %793, align 4
  %795 = sext i32 %794 to i64
  %796 = mul i64 %795, 64
  %797 = add i64 %787, %796
  %798 = mul i64 %i135, 64
  %799 = add i64 %787, %798
  br label %loop136

done134:                                          ; preds = %loop132
  %800 = add i64 %i131, 1
  br label %loop128

loop136:                                          ; preds = %body137, %body133
  %i139 = phi i64 [ 0, %body133 ], [ %818, %body137 ]
  %801 = icmp slt i64 %i139, 64
  br i1 %801, label %body137, label %done138

body137:                                          ; preds = %loop136
  %802 = add i64 %797, %i139
  %803 = add i64 %792, %i139
  %804 = add i64 %799, %i139
  %805 = mul i64 %i127, 2064
  %806 = add i64 %805, 1024
  %807 = getelementptr float, ptr %acts, i64 %806
  %808 = getelementptr float, ptr %807, i64 %802
  %809 = load float, ptr %808, align 4
  %810 = getelementptr float, ptr %807, i64 %803
  %811 = load float, ptr %810, align 4
  %812 = fsub float %811, %809
  %813 = mul i64 %i127, 2064
  %814 = add i64 %813, 1280
  %815 = getelementptr float, ptr %acts, i64 %814
  %816 = getelementptr float, ptr %815, i64 %804
  %817 = fmul float %779, %812
  store float %817, ptr %816, align 4
  %818 = add i64 %i139, 1
  br label %loop136

done138:                                          ; preds = %loop136
  %819 = add i64 %i135, 1
  br label %loop132

then140:                                          ; preds = %join123
  br i1 %bf16, label %then142, label %join143

join141:                                          ; preds = %done154, %join123
  %820 = icmp ult i32 7, %s1
  %821 = icmp ule i32 %s0, 7
  %822 = and i1 %821, %820
  br i1 %822, label %then220, label %join221

then142:                                          ; preds = %then140
  br label %loop144

join143:                                          ; preds = %done146, %then140
  br label %loop152

loop144:                                          ; preds = %done150, %then142
  %i147 = phi i64 [ %b0, %then142 ], [ %841, %done150 ]
  %823 = icmp slt i64 %i147, %b1
  br i1 %823, label %body145, label %done146

body145:                                          ; preds = %loop144
  %824 = mul i64 %i147, 2064
  %825 = add i64 %824, 1280
  %826 = getelementptr float, ptr %acts, i64 %825
  br label %loop148

done146:                                          ; preds = %loop144
  br label %join143

loop148:                                          ; preds = %body149, %body145
  %i151 = phi i64 [ 0, %body145 ], [ %840, %body149 ]
  %827 = icmp slt i64 %i151, 256
  br i1 %827, label %body149, label %done150

body149:                                          ; preds = %loop148
  %828 = getelementptr float, ptr %826, i64 %i151
  %829 = load <8 x float>, ptr %828, align 4
  %830 = bitcast <8 x float> %829 to <8 x i32>
  %831 = lshr <8 x i32> %830, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %832 = and <8 x i32> %831, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %833 = add <8 x i32> %832, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %834 = add <8 x i32> %830, %833
  %835 = fcmp uno <8 x float> %829, %829
  %836 = or <8 x i32> %830, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %837 = select <8 x i1> %835, <8 x i32> %836, <8 x i32> %834
  %838 = and <8 x i32> %837, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %839 = bitcast <8 x i32> %838 to <8 x float>
  store <8 x float> %839, ptr %828, align 4
  %840 = add i64 %i151, 8
  br label %loop148

done150:                                          ; preds = %loop148
  %841 = add i64 %i147, 1
  br label %loop144

loop152:                                          ; preds = %done158, %join143
  %i155 = phi i64 [ 0, %join143 ], [ %865, %done158 ]
  %842 = icmp slt i64 %i155, 1
  br i1 %842, label %body153, label %done154

body153:                                          ; preds = %loop152
  br label %loop156

done154:                                          ; preds = %loop152
  br label %join141

loop156:                                          ; preds = %done214, %body153
  %i159 = phi i64 [ 0, %body153 ], [ %1294, %done214 ]
  %843 = icmp slt i64 %i159, 1
  br i1 %843, label %body157, label %done158

body157:                                          ; preds = %loop156
  %844 = mul i64 %i155, 1
  %845 = add i64 %844, %i159
  %846 = mul i64 %845, 65536
  %847 = add i64 67072, %846
  %848 = getelementptr float, ptr %gains, i64 %847
  %849 = sub i64 %b1, %b0
  %850 = sdiv i64 %849, 6
  %851 = mul i64 %850, 6
  %852 = add i64 %b0, %851
  %853 = sub i64 %b1, %852
  %854 = and i64 %853, -2
  %855 = add i64 %852, %854
  %856 = mul i64 %i155, 256
  %857 = sub i64 4, %856
  %858 = call i64 @llvm.smin.i64(i64 %857, i64 256)
  %859 = call i64 @llvm.smax.i64(i64 %858, i64 0)
  %860 = insertelement <8 x i64> undef, i64 %859, i32 0
  %861 = shufflevector <8 x i64> %860, <8 x i64> undef, <8 x i32> zeroinitializer
  %862 = add i64 %859, 15
  %863 = udiv i64 %862, 16
  %864 = mul i64 %863, 16
  br label %loop160

done158:                                          ; preds = %loop156
  %865 = add i64 %i155, 1
  br label %loop152

loop160:                                          ; preds = %done166, %body157
  %i163 = phi i64 [ 0, %body157 ], [ %908, %done166 ]
  %866 = icmp slt i64 %i163, %864
  br i1 %866, label %body161, label %done162

body161:                                          ; preds = %loop160
  br label %loop164

done162:                                          ; preds = %loop160
  br label %loop172

loop164:                                          ; preds = %done170, %body161
  %i167 = phi i64 [ %b0, %body161 ], [ %1107, %done170 ]
  %867 = icmp slt i64 %i167, %852
  br i1 %867, label %body165, label %done166

body165:                                          ; preds = %loop164
  %868 = mul i64 %i159, 256
  %869 = add i64 %i167, 0
  %870 = mul i64 %869, 2064
  %871 = add i64 %870, 1280
  %872 = getelementptr float, ptr %acts, i64 %871
  %873 = getelementptr float, ptr %872, i64 %868
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  %874 = mul i64 %i159, 256
  %875 = add i64 %i167, 1
  %876 = mul i64 %875, 2064
  %877 = add i64 %876, 1280
  %878 = getelementptr float, ptr %acts, i64 %877
  %879 = getelementptr float, ptr %878, i64 %874
  store <8 x float> zeroinitializer, ptr %16, align 32
  store <8 x float> zeroinitializer, ptr %15, align 32
  %880 = mul i64 %i159, 256
  %881 = add i64 %i167, 2
  %882 = mul i64 %881, 2064
  %883 = add i64 %882, 1280
  %884 = getelementptr float, ptr %acts, i64 %883
  %885 = getelementptr float, ptr %884, i64 %880
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  %886 = mul i64 %i159, 256
  %887 = add i64 %i167, 3
  %888 = mul i64 %887, 2064
  %889 = add i64 %888, 1280
  %890 = getelementptr float, ptr %acts, i64 %889
  %891 = getelementptr float, ptr %890, i64 %886
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  %892 = mul i64 %i159, 256
  %893 = add i64 %i167, 4
  %894 = mul i64 %893, 2064
  %895 = add i64 %894, 1280
  %896 = getelementptr float, ptr %acts, i64 %895
  %897 = getelementptr float, ptr %896, i64 %892
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  %898 = mul i64 %i159, 256
  %899 = add i64 %i167, 5
  %900 = mul i64 %899, 2064
  %901 = add i64 %900, 1280
  %902 = getelementptr float, ptr %acts, i64 %901
  %903 = getelementptr float, ptr %902, i64 %898
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  %904 = mul i64 %i159, 256
  %905 = sub i64 256, %904
  %906 = call i64 @llvm.smin.i64(i64 %905, i64 256)
  %907 = call i64 @llvm.smax.i64(i64 %906, i64 0)
  br label %loop168

done166:                                          ; preds = %loop164
  %908 = add i64 %i163, 16
  br label %loop160

loop168:                                          ; preds = %body169, %body165
  %i171 = phi i64 [ 0, %body165 ], [ %968, %body169 ]
  %909 = icmp slt i64 %i171, %907
  br i1 %909, label %body169, label %done170

body169:                                          ; preds = %loop168
  %910 = add i64 %i163, 0
  %911 = mul i64 %i171, 256
  %912 = add i64 %911, %910
  %913 = getelementptr float, ptr %848, i64 %912
  %914 = load <8 x float>, ptr %913, align 4
  %915 = add i64 %i163, 8
  %916 = mul i64 %i171, 256
  %917 = add i64 %916, %915
  %918 = getelementptr float, ptr %848, i64 %917
  %919 = load <8 x float>, ptr %918, align 4
  %920 = getelementptr float, ptr %873, i64 %i171
  %921 = load float, ptr %920, align 4
  %922 = insertelement <8 x float> undef, float %921, i32 0
  %923 = shufflevector <8 x float> %922, <8 x float> undef, <8 x i32> zeroinitializer
  %924 = load <8 x float>, ptr %18, align 32
  %925 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %923, <8 x float> %914, <8 x float> %924)
  store <8 x float> %925, ptr %18, align 32
  %926 = load <8 x float>, ptr %17, align 32
  %927 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %923, <8 x float> %919, <8 x float> %926)
  store <8 x float> %927, ptr %17, align 32
  %928 = getelementptr float, ptr %879, i64 %i171
  %929 = load float, ptr %928, align 4
  %930 = insertelement <8 x float> undef, float %929, i32 0
  %931 = shufflevector <8 x float> %930, <8 x float> undef, <8 x i32> zeroinitializer
  %932 = load <8 x float>, ptr %16, align 32
  %933 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %931, <8 x float> %914, <8 x float> %932)
  store <8 x float> %933, ptr %16, align 32
  %934 = load <8 x float>, ptr %15, align 32
  %935 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %931, <8 x float> %919, <8 x float> %934)
  store <8 x float> %935, ptr %15, align 32
  %936 = getelementptr float, ptr %885, i64 %i171
  %937 = load float, ptr %936, align 4
  %938 = insertelement <8 x float> undef, float %937, i32 0
  %939 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
  %940 = load <8 x float>, ptr %14, align 32
  %941 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %939, <8 x float> %914, <8 x float> %940)
  store <8 x float> %941, ptr %14, align 32
  %942 = load <8 x float>, ptr %13, align 32
  %943 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %939, <8 x float> %919, <8 x float> %942)
  store <8 x float> %943, ptr %13, align 32
  %944 = getelementptr float, ptr %891, i64 %i171
  %945 = load float, ptr %944, align 4
  %946 = insertelement <8 x float> undef, float %945, i32 0
  %947 = shufflevector <8 x float> %946, <8 x float> undef, <8 x i32> zeroinitializer
  %948 = load <8 x float>, ptr %12, align 32
  %949 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %947, <8 x float> %914, <8 x float> %948)
  store <8 x float> %949, ptr %12, align 32
  %950 = load <8 x float>, ptr %11, align 32
  %951 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %947, <8 x float> %919, <8 x float> %950)
  store <8 x float> %951, ptr %11, align 32
  %952 = getelementptr float, ptr %897, i64 %i171
  %953 = load float, ptr %952, align 4
  %954 = insertelement <8 x float> undef, float %953, i32 0
  %955 = shufflevector <8 x float> %954, <8 x float> undef, <8 x i32> zeroinitializer
  %956 = load <8 x float>, ptr %10, align 32
  %957 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %955, <8 x float> %914, <8 x float> %956)
  store <8 x float> %957, ptr %10, align 32
  %958 = load <8 x float>, ptr %9, align 32
  %959 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %955, <8 x float> %919, <8 x float> %958)
  store <8 x float> %959, ptr %9, align 32
  %960 = getelementptr float, ptr %903, i64 %i171
  %961 = load float, ptr %960, align 4
  %962 = insertelement <8 x float> undef, float %961, i32 0
  %963 = shufflevector <8 x float> %962, <8 x float> undef, <8 x i32> zeroinitializer
  %964 = load <8 x float>, ptr %8, align 32
  %965 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %963, <8 x float> %914, <8 x float> %964)
  store <8 x float> %965, ptr %8, align 32
  %966 = load <8 x float>, ptr %7, align 32
  %967 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %963, <8 x float> %919, <8 x float> %966)
  store <8 x float> %967, ptr %7, align 32
  %968 = add i64 %i171, 1
  br label %loop168

done170:                                          ; preds = %loop168
  %969 = mul i64 %845, 256
  %970 = add i64 %969, %i163
  %971 = add i64 %i167, 0
  %972 = mul i64 %971, 2064
  %973 = add i64 %972, 1536
  %974 = getelementptr float, ptr %acts, i64 %973
  %975 = getelementptr float, ptr %974, i64 %970
  %976 = getelementptr float, ptr %975, i64 0
  %977 = load <8 x float>, ptr %18, align 32
  %978 = add i64 %i163, 0
  %979 = insertelement <8 x i64> undef, i64 %978, i32 0
  %980 = shufflevector <8 x i64> %979, <8 x i64> undef, <8 x i32> zeroinitializer
  %981 = add <8 x i64> %980, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %982 = icmp slt <8 x i64> %981, %861
  %983 = select <8 x i1> %982, <8 x float> %977, <8 x float> zeroinitializer
  store <8 x float> %983, ptr %976, align 4
  %984 = getelementptr float, ptr %975, i64 8
  %985 = load <8 x float>, ptr %17, align 32
  %986 = add i64 %i163, 8
  %987 = insertelement <8 x i64> undef, i64 %986, i32 0
  %988 = shufflevector <8 x i64> %987, <8 x i64> undef, <8 x i32> zeroinitializer
  %989 = add <8 x i64> %988, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %990 = icmp slt <8 x i64> %989, %861
  %991 = select <8 x i1> %990, <8 x float> %985, <8 x float> zeroinitializer
  store <8 x float> %991, ptr %984, align 4
  %992 = mul i64 %845, 256
  %993 = add i64 %992, %i163
  %994 = add i64 %i167, 1
  %995 = mul i64 %994, 2064
  %996 = add i64 %995, 1536
  %997 = getelementptr float, ptr %acts, i64 %996
  %998 = getelementptr float, ptr %997, i64 %993
  %999 = getelementptr float, ptr %998, i64 0
  %1000 = load <8 x float>, ptr %16, align 32
  %1001 = add i64 %i163, 0
  %1002 = insertelement <8 x i64> undef, i64 %1001, i32 0
  %1003 = shufflevector <8 x i64> %1002, <8 x i64> undef, <8 x i32> zeroinitializer
  %1004 = add <8 x i64> %1003, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1005 = icmp slt <8 x i64> %1004, %861
  %1006 = select <8 x i1> %1005, <8 x float> %1000, <8 x float> zeroinitializer
  store <8 x float> %1006, ptr %999, align 4
  %1007 = getelementptr float, ptr %998, i64 8
  %1008 = load <8 x float>, ptr %15, align 32
  %1009 = add i64 %i163, 8
  %1010 = insertelement <8 x i64> undef, i64 %1009, i32 0
  %1011 = shufflevector <8 x i64> %1010, <8 x i64> undef, <8 x i32> zeroinitializer
  %1012 = add <8 x i64> %1011, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1013 = icmp slt <8 x i64> %1012, %861
  %1014 = select <8 x i1> %1013, <8 x float> %1008, <8 x float> zeroinitializer
  store <8 x float> %1014, ptr %1007, align 4
  %1015 = mul i64 %845, 256
  %1016 = add i64 %1015, %i163
  %1017 = add i64 %i167, 2
  %1018 = mul i64 %1017, 2064
  %1019 = add i64 %1018, 1536
  %1020 = getelementptr float, ptr %acts, i64 %1019
  %1021 = getelementptr float, ptr %1020, i64 %1016
  %1022 = getelementptr float, ptr %1021, i64 0
  %1023 = load <8 x float>, ptr %14, align 32
  %1024 = add i64 %i163, 0
  %1025 = insertelement <8 x i64> undef, i64 %1024, i32 0
  %1026 = shufflevector <8 x i64> %1025, <8 x i64> undef, <8 x i32> zeroinitializer
  %1027 = add <8 x i64> %1026, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1028 = icmp slt <8 x i64> %1027, %861
  %1029 = select <8 x i1> %1028, <8 x float> %1023, <8 x float> zeroinitializer
  store <8 x float> %1029, ptr %1022, align 4
  %1030 = getelementptr float, ptr %1021, i64 8
  %1031 = load <8 x float>, ptr %13, align 32
  %1032 = add i64 %i163, 8
  %1033 = insertelement <8 x i64> undef, i64 %1032, i32 0
  %1034 = shufflevector <8 x i64> %1033, <8 x i64> undef, <8 x i32> zeroinitializer
  %1035 = add <8 x i64> %1034, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1036 = icmp slt <8 x i64> %1035, %861
  %1037 = select <8 x i1> %1036, <8 x float> %1031, <8 x float> zeroinitializer
  store <8 x float> %1037, ptr %1030, align 4
  %1038 = mul i64 %845, 256
  %1039 = add i64 %1038, %i163
  %1040 = add i64 %i167, 3
  %1041 = mul i64 %1040, 2064
  %1042 = add i64 %1041, 1536
  %1043 = getelementptr float, ptr %acts, i64 %1042
  %1044 = getelementptr float, ptr %1043, i64 %1039
  %1045 = getelementptr float, ptr %1044, i64 0
  %1046 = load <8 x float>, ptr %12, align 32
  %1047 = add i64 %i163, 0
  %1048 = insertelement <8 x i64> undef, i64 %1047, i32 0
  %1049 = shufflevector <8 x i64> %1048, <8 x i64> undef, <8 x i32> zeroinitializer
  %1050 = add <8 x i64> %1049, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1051 = icmp slt <8 x i64> %1050, %861
  %1052 = select <8 x i1> %1051, <8 x float> %1046, <8 x float> zeroinitializer
  store <8 x float> %1052, ptr %1045, align 4
  %1053 = getelementptr float, ptr %1044, i64 8
  %1054 = load <8 x float>, ptr %11, align 32
  %1055 = add i64 %i163, 8
  %1056 = insertelement <8 x i64> undef, i64 %1055, i32 0
  %1057 = shufflevector <8 x i64> %1056, <8 x i64> undef, <8 x i32> zeroinitializer
  %1058 = add <8 x i64> %1057, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1059 = icmp slt <8 x i64> %1058, %861
  %1060 = select <8 x i1> %1059, <8 x float> %1054, <8 x float> zeroinitializer
  store <8 x float> %1060, ptr %1053, align 4
  %1061 = mul i64 %845, 256
  %1062 = add i64 %1061, %i163
  %1063 = add i64 %i167, 4
  %1064 = mul i64 %1063, 2064
  %1065 = add i64 %1064, 1536
  %1066 = getelementptr float, ptr %acts, i64 %1065
  %1067 = getelementptr float, ptr %1066, i64 %1062
  %1068 = getelementptr float, ptr %1067, i64 0
  %1069 = load <8 x float>, ptr %10, align 32
  %1070 = add i64 %i163, 0
  %1071 = insertelement <8 x i64> undef, i64 %1070, i32 0
  %1072 = shufflevector <8 x i64> %1071, <8 x i64> undef, <8 x i32> zeroinitializer
  %1073 = add <8 x i64> %1072, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1074 = icmp slt <8 x i64> %1073, %861
  %1075 = select <8 x i1> %1074, <8 x float> %1069, <8 x float> zeroinitializer
  store <8 x float> %1075, ptr %1068, align 4
  %1076 = getelementptr float, ptr %1067, i64 8
  %1077 = load <8 x float>, ptr %9, align 32
  %1078 = add i64 %i163, 8
  %1079 = insertelement <8 x i64> undef, i64 %1078, i32 0
  %1080 = shufflevector <8 x i64> %1079, <8 x i64> undef, <8 x i32> zeroinitializer
  %1081 = add <8 x i64> %1080, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1082 = icmp slt <8 x i64> %1081, %861
  %1083 = select <8 x i1> %1082, <8 x float> %1077, <8 x float> zeroinitializer
  store <8 x float> %1083, ptr %1076, align 4
  %1084 = mul i64 %845, 256
  %1085 = add i64 %1084, %i163
  %1086 = add i64 %i167, 5
  %1087 = mul i64 %1086, 2064
  %1088 = add i64 %1087, 1536
  %1089 = getelementptr float, ptr %acts, i64 %1088
  %1090 = getelementptr float, ptr %1089, i64 %1085
  %1091 = getelementptr float, ptr %1090, i64 0
  %1092 = load <8 x float>, ptr %8, align 32
  %1093 = add i64 %i163, 0
  %1094 = insertelement <8 x i64> undef, i64 %1093, i32 0
  %1095 = shufflevector <8 x i64> %1094, <8 x i64> undef, <8 x i32> zeroinitializer
  %1096 = add <8 x i64> %1095, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1097 = icmp slt <8 x i64> %1096, %861
  %1098 = select <8 x i1> %1097, <8 x float> %1092, <8 x float> zeroinitializer
  store <8 x float> %1098, ptr %1091, align 4
  %1099 = getelementptr float, ptr %1090, i64 8
  %1100 = load <8 x float>, ptr %7, align 32
  %1101 = add i64 %i163, 8
  %1102 = insertelement <8 x i64> undef, i64 %1101, i32 0
  %1103 = shufflevector <8 x i64> %1102, <8 x i64> undef, <8 x i32> zeroinitializer
  %1104 = add <8 x i64> %1103, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1105 = icmp slt <8 x i64> %1104, %861
  %1106 = select <8 x i1> %1105, <8 x float> %1100, <8 x float> zeroinitializer
  store <8 x float> %1106, ptr %1099, align 4
  %1107 = add i64 %i167, 6
  br label %loop164

loop172:                                          ; preds = %done178, %done162
  %i175 = phi i64 [ %864, %done162 ], [ %1124, %done178 ]
  %1108 = icmp slt i64 %i175, 256
  br i1 %1108, label %body173, label %done174

body173:                                          ; preds = %loop172
  br label %loop176

done174:                                          ; preds = %loop172
  %1109 = insertelement <8 x i64> undef, i64 %859, i32 0
  %1110 = shufflevector <8 x i64> %1109, <8 x i64> undef, <8 x i32> zeroinitializer
  %1111 = add i64 %859, 15
  %1112 = udiv i64 %1111, 16
  %1113 = mul i64 %1112, 16
  br label %loop180

loop176:                                          ; preds = %body177, %body173
  %i179 = phi i64 [ %b0, %body173 ], [ %1123, %body177 ]
  %1114 = icmp slt i64 %i179, %852
  br i1 %1114, label %body177, label %done178

body177:                                          ; preds = %loop176
  %1115 = mul i64 %845, 256
  %1116 = add i64 %1115, %i175
  %1117 = mul i64 %i179, 2064
  %1118 = add i64 %1117, 1536
  %1119 = getelementptr float, ptr %acts, i64 %1118
  %1120 = getelementptr float, ptr %1119, i64 %1116
  %1121 = getelementptr float, ptr %1120, i64 0
  store <8 x float> zeroinitializer, ptr %1121, align 4
  %1122 = getelementptr float, ptr %1120, i64 8
  store <8 x float> zeroinitializer, ptr %1122, align 4
  %1123 = add i64 %i179, 1
  br label %loop176

done178:                                          ; preds = %loop176
  %1124 = add i64 %i175, 16
  br label %loop172

loop180:                                          ; preds = %done186, %done174
  %i183 = phi i64 [ 0, %done174 ], [ %1143, %done186 ]
  %1125 = icmp slt i64 %i183, %1113
  br i1 %1125, label %body181, label %done182

body181:                                          ; preds = %loop180
  br label %loop184

done182:                                          ; preds = %loop180
  br label %loop192

loop184:                                          ; preds = %done190, %body181
  %i187 = phi i64 [ %852, %body181 ], [ %1218, %done190 ]
  %1126 = icmp slt i64 %i187, %855
  br i1 %1126, label %body185, label %done186

body185:                                          ; preds = %loop184
  %1127 = mul i64 %i159, 256
  %1128 = add i64 %i187, 0
  %1129 = mul i64 %1128, 2064
  %1130 = add i64 %1129, 1280
  %1131 = getelementptr float, ptr %acts, i64 %1130
  %1132 = getelementptr float, ptr %1131, i64 %1127
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  %1133 = mul i64 %i159, 256
  %1134 = add i64 %i187, 1
  %1135 = mul i64 %1134, 2064
  %1136 = add i64 %1135, 1280
  %1137 = getelementptr float, ptr %acts, i64 %1136
  %1138 = getelementptr float, ptr %1137, i64 %1133
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  %1139 = mul i64 %i159, 256
  %1140 = sub i64 256, %1139
  %1141 = call i64 @llvm.smin.i64(i64 %1140, i64 256)
  %1142 = call i64 @llvm.smax.i64(i64 %1141, i64 0)
  br label %loop188

done186:                                          ; preds = %loop184
  %1143 = add i64 %i183, 16
  br label %loop180

loop188:                                          ; preds = %body189, %body185
  %i191 = phi i64 [ 0, %body185 ], [ %1171, %body189 ]
  %1144 = icmp slt i64 %i191, %1142
  br i1 %1144, label %body189, label %done190

body189:                                          ; preds = %loop188
  %1145 = add i64 %i183, 0
  %1146 = mul i64 %i191, 256
  %1147 = add i64 %1146, %1145
  %1148 = getelementptr float, ptr %848, i64 %1147
  %1149 = load <8 x float>, ptr %1148, align 4
  %1150 = add i64 %i183, 8
  %1151 = mul i64 %i191, 256
  %1152 = add i64 %1151, %1150
  %1153 = getelementptr float, ptr %848, i64 %1152
  %1154 = load <8 x float>, ptr %1153, align 4
  %1155 = getelementptr float, ptr %1132, i64 %i191
  %1156 = load float, ptr %1155, align 4
  %1157 = insertelement <8 x float> undef, float %1156, i32 0
  %1158 = shufflevector <8 x float> %1157, <8 x float> undef, <8 x i32> zeroinitializer
  %1159 = load <8 x float>, ptr %6, align 32
  %1160 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1158, <8 x float> %1149, <8 x float> %1159)
  store <8 x float> %1160, ptr %6, align 32
  %1161 = load <8 x float>, ptr %5, align 32
  %1162 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1158, <8 x float> %1154, <8 x float> %1161)
  store <8 x float> %1162, ptr %5, align 32
  %1163 = getelementptr float, ptr %1138, i64 %i191
  %1164 = load float, ptr %1163, align 4
  %1165 = insertelement <8 x float> undef, float %1164, i32 0
  %1166 = shufflevector <8 x float> %1165, <8 x float> undef, <8 x i32> zeroinitializer
  %1167 = load <8 x float>, ptr %4, align 32
  %1168 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1166, <8 x float> %1149, <8 x float> %1167)
  store <8 x float> %1168, ptr %4, align 32
  %1169 = load <8 x float>, ptr %3, align 32
  %1170 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1166, <8 x float> %1154, <8 x float> %1169)
  store <8 x float> %1170, ptr %3, align 32
  %1171 = add i64 %i191, 1
  br label %loop188

done190:                                          ; preds = %loop188
  %1172 = mul i64 %845, 256
  %1173 = add i64 %1172, %i183
  %1174 = add i64 %i187, 0
  %1175 = mul i64 %1174, 2064
  %1176 = add i64 %1175, 1536
  %1177 = getelementptr float, ptr %acts, i64 %1176
  %1178 = getelementptr float, ptr %1177, i64 %1173
  %1179 = getelementptr float, ptr %1178, i64 0
  %1180 = load <8 x float>, ptr %6, align 32
  %1181 = add i64 %i183, 0
  %1182 = insertelement <8 x i64> undef, i64 %1181, i32 0
  %1183 = shufflevector <8 x i64> %1182, <8 x i64> undef, <8 x i32> zeroinitializer
  %1184 = add <8 x i64> %1183, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1185 = icmp slt <8 x i64> %1184, %1110
  %1186 = select <8 x i1> %1185, <8 x float> %1180, <8 x float> zeroinitializer
  store <8 x float> %1186, ptr %1179, align 4
  %1187 = getelementptr float, ptr %1178, i64 8
  %1188 = load <8 x float>, ptr %5, align 32
  %1189 = add i64 %i183, 8
  %1190 = insertelement <8 x i64> undef, i64 %1189, i32 0
  %1191 = shufflevector <8 x i64> %1190, <8 x i64> undef, <8 x i32> zeroinitializer
  %1192 = add <8 x i64> %1191, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1193 = icmp slt <8 x i64> %1192, %1110
  %1194 = select <8 x i1> %1193, <8 x float> %1188, <8 x float> zeroinitializer
  store <8 x float> %1194, ptr %1187, align 4
  %1195 = mul i64 %845, 256
  %1196 = add i64 %1195, %i183
  %1197 = add i64 %i187, 1
  %1198 = mul i64 %1197, 2064
  %1199 = add i64 %1198, 1536
  %1200 = getelementptr float, ptr %acts, i64 %1199
  %1201 = getelementptr float, ptr %1200, i64 %1196
  %1202 = getelementptr float, ptr %1201, i64 0
  %1203 = load <8 x float>, ptr %4, align 32
  %1204 = add i64 %i183, 0
  %1205 = insertelement <8 x i64> undef, i64 %1204, i32 0
  %1206 = shufflevector <8 x i64> %1205, <8 x i64> undef, <8 x i32> zeroinitializer
  %1207 = add <8 x i64> %1206, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1208 = icmp slt <8 x i64> %1207, %1110
  %1209 = select <8 x i1> %1208, <8 x float> %1203, <8 x float> zeroinitializer
  store <8 x float> %1209, ptr %1202, align 4
  %1210 = getelementptr float, ptr %1201, i64 8
  %1211 = load <8 x float>, ptr %3, align 32
  %1212 = add i64 %i183, 8
  %1213 = insertelement <8 x i64> undef, i64 %1212, i32 0
  %1214 = shufflevector <8 x i64> %1213, <8 x i64> undef, <8 x i32> zeroinitializer
  %1215 = add <8 x i64> %1214, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1216 = icmp slt <8 x i64> %1215, %1110
  %1217 = select <8 x i1> %1216, <8 x float> %1211, <8 x float> zeroinitializer
  store <8 x float> %1217, ptr %1210, align 4
  %1218 = add i64 %i187, 2
  br label %loop184

loop192:                                          ; preds = %done198, %done182
  %i195 = phi i64 [ %1113, %done182 ], [ %1235, %done198 ]
  %1219 = icmp slt i64 %i195, 256
  br i1 %1219, label %body193, label %done194

body193:                                          ; preds = %loop192
  br label %loop196

done194:                                          ; preds = %loop192
  %1220 = insertelement <8 x i64> undef, i64 %859, i32 0
  %1221 = shufflevector <8 x i64> %1220, <8 x i64> undef, <8 x i32> zeroinitializer
  %1222 = add i64 %859, 15
  %1223 = udiv i64 %1222, 16
  %1224 = mul i64 %1223, 16
  br label %loop200

loop196:                                          ; preds = %body197, %body193
  %i199 = phi i64 [ %852, %body193 ], [ %1234, %body197 ]
  %1225 = icmp slt i64 %i199, %855
  br i1 %1225, label %body197, label %done198

body197:                                          ; preds = %loop196
  %1226 = mul i64 %845, 256
  %1227 = add i64 %1226, %i195
  %1228 = mul i64 %i199, 2064
  %1229 = add i64 %1228, 1536
  %1230 = getelementptr float, ptr %acts, i64 %1229
  %1231 = getelementptr float, ptr %1230, i64 %1227
  %1232 = getelementptr float, ptr %1231, i64 0
  store <8 x float> zeroinitializer, ptr %1232, align 4
  %1233 = getelementptr float, ptr %1231, i64 8
  store <8 x float> zeroinitializer, ptr %1233, align 4
  %1234 = add i64 %i199, 1
  br label %loop196

done198:                                          ; preds = %loop196
  %1235 = add i64 %i195, 16
  br label %loop192

loop200:                                          ; preds = %done206, %done194
  %i203 = phi i64 [ 0, %done194 ], [ %1248, %done206 ]
  %1236 = icmp slt i64 %i203, %1224
  br i1 %1236, label %body201, label %done202

body201:                                          ; preds = %loop200
  br label %loop204

done202:                                          ; preds = %loop200
  br label %loop212

loop204:                                          ; preds = %done210, %body201
  %i207 = phi i64 [ %855, %body201 ], [ %1292, %done210 ]
  %1237 = icmp slt i64 %i207, %b1
  br i1 %1237, label %body205, label %done206

body205:                                          ; preds = %loop204
  %1238 = mul i64 %i159, 256
  %1239 = add i64 %i207, 0
  %1240 = mul i64 %1239, 2064
  %1241 = add i64 %1240, 1280
  %1242 = getelementptr float, ptr %acts, i64 %1241
  %1243 = getelementptr float, ptr %1242, i64 %1238
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  %1244 = mul i64 %i159, 256
  %1245 = sub i64 256, %1244
  %1246 = call i64 @llvm.smin.i64(i64 %1245, i64 256)
  %1247 = call i64 @llvm.smax.i64(i64 %1246, i64 0)
  br label %loop208

done206:                                          ; preds = %loop204
  %1248 = add i64 %i203, 16
  br label %loop200

loop208:                                          ; preds = %body209, %body205
  %i211 = phi i64 [ 0, %body205 ], [ %1268, %body209 ]
  %1249 = icmp slt i64 %i211, %1247
  br i1 %1249, label %body209, label %done210

body209:                                          ; preds = %loop208
  %1250 = add i64 %i203, 0
  %1251 = mul i64 %i211, 256
  %1252 = add i64 %1251, %1250
  %1253 = getelementptr float, ptr %848, i64 %1252
  %1254 = load <8 x float>, ptr %1253, align 4
  %1255 = add i64 %i203, 8
  %1256 = mul i64 %i211, 256
  %1257 = add i64 %1256, %1255
  %1258 = getelementptr float, ptr %848, i64 %1257
  %1259 = load <8 x float>, ptr %1258, align 4
  %1260 = getelementptr float, ptr %1243, i64 %i211
  %1261 = load float, ptr %1260, align 4
  %1262 = insertelement <8 x float> undef, float %1261, i32 0
  %1263 = shufflevector <8 x float> %1262, <8 x float> undef, <8 x i32> zeroinitializer
  %1264 = load <8 x float>, ptr %2, align 32
  %1265 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1263, <8 x float> %1254, <8 x float> %1264)
  store <8 x float> %1265, ptr %2, align 32
  %1266 = load <8 x float>, ptr %1, align 32
  %1267 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1263, <8 x float> %1259, <8 x float> %1266)
  store <8 x float> %1267, ptr %1, align 32
  %1268 = add i64 %i211, 1
  br label %loop208

done210:                                          ; preds = %loop208
  %1269 = mul i64 %845, 256
  %1270 = add i64 %1269, %i203
  %1271 = add i64 %i207, 0
  %1272 = mul i64 %1271, 2064
  %1273 = add i64 %1272, 1536
  %1274 = getelementptr float, ptr %acts, i64 %1273
  %1275 = getelementptr float, ptr %1274, i64 %1270
  %1276 = getelementptr float, ptr %1275, i64 0
  %1277 = load <8 x float>, ptr %2, align 32
  %1278 = add i64 %i203, 0
  %1279 = insertelement <8 x i64> undef, i64 %1278, i32 0
  %1280 = shufflevector <8 x i64> %1279, <8 x i64> undef, <8 x i32> zeroinitializer
  %1281 = add <8 x i64> %1280, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1282 = icmp slt <8 x i64> %1281, %1221
  %1283 = select <8 x i1> %1282, <8 x float> %1277, <8 x float> zeroinitializer
  store <8 x float> %1283, ptr %1276, align 4
  %1284 = getelementptr float, ptr %1275, i64 8
  %1285 = load <8 x float>, ptr %1, align 32
  %1286 = add i64 %i203, 8
  %1287 = insertelement <8 x i64> undef, i64 %1286, i32 0
  %1288 = shufflevector <8 x i64> %1287, <8 x i64> undef, <8 x i32> zeroinitializer
  %1289 = add <8 x i64> %1288, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1290 = icmp slt <8 x i64> %1289, %1221
  %1291 = select <8 x i1> %1290, <8 x float> %1285, <8 x float> zeroinitializer
  store <8 x float> %1291, ptr %1284, align 4
  %1292 = add i64 %i207, 1
  br label %loop204

loop212:                                          ; preds = %done218, %done202
  %i215 = phi i64 [ %1224, %done202 ], [ %1305, %done218 ]
  %1293 = icmp slt i64 %i215, 256
  br i1 %1293, label %body213, label %done214

body213:                                          ; preds = %loop212
  br label %loop216

done214:                                          ; preds = %loop212
  %1294 = add i64 %i159, 1
  br label %loop156

loop216:                                          ; preds = %body217, %body213
  %i219 = phi i64 [ %855, %body213 ], [ %1304, %body217 ]
  %1295 = icmp slt i64 %i219, %b1
  br i1 %1295, label %body217, label %done218

body217:                                          ; preds = %loop216
  %1296 = mul i64 %845, 256
  %1297 = add i64 %1296, %i215
  %1298 = mul i64 %i219, 2064
  %1299 = add i64 %1298, 1536
  %1300 = getelementptr float, ptr %acts, i64 %1299
  %1301 = getelementptr float, ptr %1300, i64 %1297
  %1302 = getelementptr float, ptr %1301, i64 0
  store <8 x float> zeroinitializer, ptr %1302, align 4
  %1303 = getelementptr float, ptr %1301, i64 8
  store <8 x float> zeroinitializer, ptr %1303, align 4
  %1304 = add i64 %i219, 1
  br label %loop216

done218:                                          ; preds = %loop216
  %1305 = add i64 %i215, 16
  br label %loop212

then220:                                          ; preds = %join141
  br label %loop222

join221:                                          ; preds = %done224, %join141
  %1306 = icmp ult i32 8, %s1
  %1307 = icmp ule i32 %s0, 8
  %1308 = and i1 %1307, %1306
  br i1 %1308, label %then238, label %join239

loop222:                                          ; preds = %done228, %then220
  %i225 = phi i64 [ %b0, %then220 ], [ %1317, %done228 ]
  %1309 = icmp slt i64 %i225, %b1
  br i1 %1309, label %body223, label %done224

body223:                                          ; preds = %loop222
  %1310 = mul i64 %i225, 2064
  %1311 = add i64 %1310, 1536
  %1312 = getelementptr float, ptr %acts, i64 %1311
  %1313 = mul i64 %i225, 2064
  %1314 = add i64 %1313, 1792
  %1315 = getelementptr float, ptr %acts, i64 %1314
  br label %loop226

done224:                                          ; preds = %loop222
  br label %join221

loop226:                                          ; preds = %done232, %body223
  %i229 = phi i64 [ 0, %body223 ], [ %1319, %done232 ]
  %1316 = icmp slt i64 %i229, 1
  br i1 %1316, label %body227, label %done228

body227:                                          ; preds = %loop226
  br label %loop230

done228:                                          ; preds = %loop226
  %1317 = add i64 %i225, 1
  br label %loop222

loop230:                                          ; preds = %done236, %body227
  %i233 = phi i64 [ 0, %body227 ], [ %1340, %done236 ]
  %1318 = icmp slt i64 %i233, 256
  br i1 %1318, label %body231, label %done232

body231:                                          ; preds = %loop230
  store float 0.000000e+00, ptr %0, align 4
  br label %loop234

done232:                                          ; preds = %loop230
  %1319 = add i64 %i229, 1
  br label %loop226

loop234:                                          ; preds = %body235, %body231
  %i237 = phi i64 [ 0, %body231 ], [ %1329, %body235 ]
  %1320 = icmp slt i64 %i237, 1
  br i1 %1320, label %body235, label %done236

body235:                                          ; preds = %loop234
  %1321 = mul i64 %i229, 1
  %1322 = add i64 %1321, %i237
  %1323 = mul i64 %1322, 256
  %1324 = add i64 %1323, %i233
  %1325 = getelementptr float, ptr %1312, i64 %1324
  %1326 = load float, ptr %1325, align 4
  %1327 = load float, ptr %0, align 4
  %1328 = fadd float %1327, %1326
  store float %1328, ptr %0, align 4
  %1329 = add i64 %i237, 1
  br label %loop234

done236:                                          ; preds = %loop234
  %1330 = mul i64 %i229, 256
  %1331 = add i64 %1330, %i233
  %1332 = add i64 1280, %1331
  %1333 = getelementptr float, ptr %gains, i64 %1332
  %1334 = load float, ptr %1333, align 4
  %1335 = load float, ptr %0, align 4
  %1336 = fmul float %1335, %1334
  %1337 = icmp slt i64 %1331, 4
  %1338 = getelementptr float, ptr %1315, i64 %1331
  %1339 = select i1 %1337, float %1336, float 0.000000e+00
  store float %1339, ptr %1338, align 4
  %1340 = add i64 %i233, 1
  br label %loop230

then238:                                          ; preds = %join221
  br label %loop240

join239:                                          ; preds = %done242, %join221
  ret void

loop240:                                          ; preds = %done246, %then238
  %i243 = phi i64 [ %b0, %then238 ], [ %1353, %done246 ]
  %1341 = icmp slt i64 %i243, %b1
  br i1 %1341, label %body241, label %done242

body241:                                          ; preds = %loop240
  br label %loop244

done242:                                          ; preds = %loop240
  br label %join239

loop244:                                          ; preds = %body245, %body241
  %i247 = phi i64 [ 0, %body241 ], [ %1352, %body245 ]
  %1342 = icmp slt i64 %i247, 4
  br i1 %1342, label %body245, label %done246

body245:                                          ; preds = %loop244
  %1343 = mul i64 %i243, 2064
  %1344 = add i64 %1343, 2048
  %1345 = getelementptr float, ptr %acts, i64 %1344
  %1346 = getelementptr float, ptr %1345, i64 %i247
  %1347 = mul i64 %i243, 2064
  %1348 = add i64 %1347, 1792
  %1349 = getelementptr float, ptr %acts, i64 %1348
  %1350 = getelementptr float, ptr %1349, i64 %i247
  %1351 = load float, ptr %1350, align 4
  store float %1351, ptr %1346, align 4
  %1352 = add i64 %i247, 1
  br label %loop244

done246:                                          ; preds = %loop244
  %1353 = add i64 %i243, 1
  br label %loop240
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #0

define void @eic_loss(ptr %acts, ptr %dacts, ptr %labels, i64 %b0, i64 %b1, i64 %batch, ptr %loss, ptr %correct, float %smoothing) {
entry:
  %0 = alloca float, align 4
  %1 = alloca float, align 4
  %2 = alloca i64, align 8
  %3 = alloca float, align 4
  %4 = fsub float 1.000000e+00, %smoothing
  %5 = fdiv float %smoothing, 4.000000e+00
  %6 = sitofp i64 %batch to float
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %b0, %entry ], [ %66, %done11 ]
  %7 = icmp slt i64 %i, %b1
  br i1 %7, label %body, label %done

body:                                             ; preds = %loop
  %8 = mul i64 %i, 2064
  %9 = add i64 %8, 2048
  %10 = getelementptr float, ptr %acts, i64 %9
  %11 = mul i64 %i, 2064
  %12 = add i64 %11, 2048
  %13 = getelementptr float, ptr %dacts, i64 %12
  %14 = getelementptr i32, ptr %labels, i64 %i
  %15 = load i32, ptr %14, align 4
  %16 = sext i32 %15 to i64
  %17 = load float, ptr %10, align 4
  store float %17, ptr %3, align 4
  store i64 0, ptr %2, align 4
  br label %loop1

done:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 1, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, 4
  br i1 %18, label %body2, label %done3

body2:                                            ; preds = %loop1
  %19 = getelementptr float, ptr %10, i64 %i4
  %20 = load float, ptr %19, align 4
  %21 = load float, ptr %3, align 4
  %22 = fcmp ogt float %20, %21
  %23 = load float, ptr %3, align 4
  %24 = select i1 %22, float %20, float %23
  store float %24, ptr %3, align 4
  %25 = load i64, ptr %2, align 4
  %26 = select i1 %22, i64 %i4, i64 %25
  store i64 %26, ptr %2, align 4
  %27 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %28 = load float, ptr %3, align 4
  store float 0.000000e+00, ptr %1, align 4
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %39, %body6 ]
  %29 = icmp slt i64 %i8, 4
  br i1 %29, label %body6, label %done7

body6:                                            ; preds = %loop5
  %30 = getelementptr float, ptr %10, i64 %i8
  %31 = load float, ptr %30, align 4
  %32 = fsub float %31, %28
  %33 = call float @llvm.exp.f32(float %32)
  %34 = getelementptr float, ptr %13, i64 %i8
  store float %33, ptr %34, align 4
  %35 = load float, ptr %1, align 4
  %36 = fadd float %35, %33
  store float %36, ptr %1, align 4
  %37 = load float, ptr %0, align 4
  %38 = fadd float %37, %31
  store float %38, ptr %0, align 4
  %39 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %40 = load float, ptr %1, align 4
  %41 = call float @llvm.log.f32(float %40)
  %42 = fadd float %28, %41
  %43 = getelementptr float, ptr %10, i64 %16
  %44 = load float, ptr %43, align 4
  %45 = fmul float %4, %44
  %46 = fsub float %42, %45
  %47 = load float, ptr %0, align 4
  %48 = fmul float %5, %47
  %49 = fsub float %46, %48
  %50 = getelementptr float, ptr %loss, i64 %i
  store float %49, ptr %50, align 4
  %51 = load i64, ptr %2, align 4
  %52 = icmp eq i64 %51, %16
  %53 = zext i1 %52 to i32
  %54 = getelementptr i32, ptr %correct, i64 %i
  store i32 %53, ptr %54, align 4
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %65, %body10 ]
  %55 = icmp slt i64 %i12, 4
  br i1 %55, label %body10, label %done11

body10:                                           ; preds = %loop9
  %56 = getelementptr float, ptr %13, i64 %i12
  %57 = load float, ptr %56, align 4
  %58 = fdiv float %57, %40
  %59 = icmp eq i64 %i12, %16
  %60 = select i1 %59, float %4, float 0.000000e+00
  %61 = fadd float %60, %5
  %62 = getelementptr float, ptr %13, i64 %i12
  %63 = fsub float %58, %61
  %64 = fdiv float %63, %6
  store float %64, ptr %62, align 4
  %65 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %66 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #0

define void @eic_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, i64 %b0, i64 %b1, i32 %prec, i64 %seed, i64 %step, i64 %first, i32 %s0, i32 %s1) {
entry:
  %0 = alloca <8 x float>, align 32
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %bf16 = icmp eq i32 %prec, 1
  %18 = icmp ult i32 8, %s1
  %19 = icmp ule i32 %s0, 8
  %20 = and i1 %19, %18
  br i1 %20, label %then, label %join

then:                                             ; preds = %entry
  br label %loop

join:                                             ; preds = %done, %entry
  %21 = icmp ult i32 7, %s1
  %22 = icmp ule i32 %s0, 7
  %23 = and i1 %22, %21
  br i1 %23, label %then9, label %join10

loop:                                             ; preds = %done7, %then
  %i = phi i64 [ %b0, %then ], [ %39, %done7 ]
  %24 = icmp slt i64 %i, %b1
  br i1 %24, label %body, label %done

body:                                             ; preds = %loop
  %25 = mul i64 %i, 2064
  %26 = add i64 %25, 1792
  %27 = getelementptr float, ptr %dacts, i64 %26
  br label %loop1

done:                                             ; preds = %loop
  br label %join

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %28 = icmp slt i64 %i4, 256
  br i1 %28, label %body2, label %done3

body2:                                            ; preds = %loop1
  %29 = getelementptr float, ptr %27, i64 %i4
  store <8 x float> zeroinitializer, ptr %29, align 4
  %30 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %38, %body6 ]
  %31 = icmp slt i64 %i8, 4
  br i1 %31, label %body6, label %done7

body6:                                            ; preds = %loop5
  %32 = getelementptr float, ptr %27, i64 %i8
  %33 = mul i64 %i, 2064
  %34 = add i64 %33, 2048
  %35 = getelementptr float, ptr %dacts, i64 %34
  %36 = getelementptr float, ptr %35, i64 %i8
  %37 = load float, ptr %36, align 4
  store float %37, ptr %32, align 4
  %38 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %39 = add i64 %i, 1
  br label %loop

then9:                                            ; preds = %join
  br label %loop11

join10:                                           ; preds = %done13, %join
  %40 = icmp ult i32 6, %s1
  %41 = icmp ule i32 %s0, 6
  %42 = and i1 %41, %40
  br i1 %42, label %then27, label %join28

loop11:                                           ; preds = %done17, %then9
  %i14 = phi i64 [ %b0, %then9 ], [ %51, %done17 ]
  %43 = icmp slt i64 %i14, %b1
  br i1 %43, label %body12, label %done13

body12:                                           ; preds = %loop11
  %44 = mul i64 %i14, 2064
  %45 = add i64 %44, 1792
  %46 = getelementptr float, ptr %dacts, i64 %45
  %47 = mul i64 %i14, 2064
  %48 = add i64 %47, 1536
  %49 = getelementptr float, ptr %dacts, i64 %48
  br label %loop15

done13:                                           ; preds = %loop11
  br label %join10

loop15:                                           ; preds = %done21, %body12
  %i18 = phi i64 [ 0, %body12 ], [ %74, %done21 ]
  %50 = icmp slt i64 %i18, 1
  br i1 %50, label %body16, label %done17

body16:                                           ; preds = %loop15
  br label %loop19

done17:                                           ; preds = %loop15
  %51 = add i64 %i14, 1
  br label %loop11

loop19:                                           ; preds = %done25, %body16
  %i22 = phi i64 [ 0, %body16 ], [ %82, %done25 ]
  %52 = icmp slt i64 %i22, 256
  br i1 %52, label %body20, label %done21

body20:                                           ; preds = %loop19
  %53 = mul i64 %i18, 256
  %54 = add i64 %53, %i22
  %55 = getelementptr float, ptr %46, i64 %54
  %56 = load float, ptr %55, align 4
  %57 = bitcast float %56 to i32
  %58 = lshr i32 %57, 16
  %59 = and i32 %58, 1
  %60 = add i32 %59, 32767
  %61 = add i32 %57, %60
  %62 = fcmp uno float %56, %56
  %63 = or i32 %57, 4194304
  %64 = select i1 %62, i32 %63, i32 %61
  %65 = and i32 %64, -65536
  %66 = bitcast i32 %65 to float
  %67 = select i1 %bf16, float %66, float %56
  store float %67, ptr %55, align 4
  %68 = add i64 1280, %54
  %69 = getelementptr float, ptr %gains, i64 %68
  %70 = load float, ptr %69, align 4
  %71 = fmul float %67, %70
  %72 = icmp slt i64 %54, 4
  %73 = select i1 %72, float %71, float 0.000000e+00
  br label %loop23

done21:                                           ; preds = %loop19
  %74 = add i64 %i18, 1
  br label %loop15

loop23:                                           ; preds = %body24, %body20
  %i26 = phi i64 [ 0, %body20 ], [ %81, %body24 ]
  %75 = icmp slt i64 %i26, 1
  br i1 %75, label %body24, label %done25

body24:                                           ; preds = %loop23
  %76 = mul i64 %i18, 1
  %77 = add i64 %76, %i26
  %78 = mul i64 %77, 256
  %79 = add i64 %78, %i22
  %80 = getelementptr float, ptr %49, i64 %79
  store float %73, ptr %80, align 4
  %81 = add i64 %i26, 1
  br label %loop23

done25:                                           ; preds = %loop23
  %82 = add i64 %i22, 1
  br label %loop19

then27:                                           ; preds = %join10
  br label %loop29

join28:                                           ; preds = %done39, %join10
  %83 = icmp ult i32 5, %s1
  %84 = icmp ule i32 %s0, 5
  %85 = and i1 %84, %83
  br i1 %85, label %then87, label %join88

loop29:                                           ; preds = %done35, %then27
  %i32 = phi i64 [ %b0, %then27 ], [ %96, %done35 ]
  %86 = icmp slt i64 %i32, %b1
  br i1 %86, label %body30, label %done31

body30:                                           ; preds = %loop29
  %87 = mul i64 %i32, 2064
  %88 = add i64 %87, 1280
  %89 = getelementptr float, ptr %dacts, i64 %88
  br label %loop33

done31:                                           ; preds = %loop29
  %90 = getelementptr float, ptr %params, i64 132368
  %91 = getelementptr float, ptr %gains, i64 198144
  %92 = select i1 %bf16, ptr %91, ptr %90
  br label %loop37

loop33:                                           ; preds = %body34, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %95, %body34 ]
  %93 = icmp slt i64 %i36, 256
  br i1 %93, label %body34, label %done35

body34:                                           ; preds = %loop33
  %94 = getelementptr float, ptr %89, i64 %i36
  store <8 x float> zeroinitializer, ptr %94, align 4
  %95 = add i64 %i36, 8
  br label %loop33

done35:                                           ; preds = %loop33
  %96 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %done43, %done31
  %i40 = phi i64 [ 0, %done31 ], [ %116, %done43 ]
  %97 = icmp slt i64 %i40, 1
  br i1 %97, label %body38, label %done39

body38:                                           ; preds = %loop37
  br label %loop41

done39:                                           ; preds = %loop37
  br label %join28

loop41:                                           ; preds = %done75, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %440, %done75 ]
  %98 = icmp slt i64 %i44, 1
  br i1 %98, label %body42, label %done43

body42:                                           ; preds = %loop41
  %99 = mul i64 %i40, 1
  %100 = add i64 %99, %i44
  %101 = mul i64 %100, 65536
  %102 = getelementptr float, ptr %92, i64 %101
  %103 = mul i64 %100, 256
  %104 = mul i64 %i40, 256
  %105 = sub i64 %b1, %b0
  %106 = sdiv i64 %105, 6
  %107 = mul i64 %106, 6
  %108 = add i64 %b0, %107
  %109 = sub i64 %b1, %108
  %110 = and i64 %109, -2
  %111 = add i64 %108, %110
  %112 = mul i64 %i40, 256
  %113 = sub i64 4, %112
  %114 = call i64 @llvm.smin.i64(i64 %113, i64 256)
  %115 = call i64 @llvm.smax.i64(i64 %114, i64 0)
  br label %loop45

done43:                                           ; preds = %loop41
  %116 = add i64 %i40, 1
  br label %loop37

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ 0, %body42 ], [ %245, %done51 ]
  %117 = icmp slt i64 %i48, 256
  br i1 %117, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  br label %loop59

loop49:                                           ; preds = %done55, %body46
  %i52 = phi i64 [ %b0, %body46 ], [ %290, %done55 ]
  %118 = icmp slt i64 %i52, %108
  br i1 %118, label %body50, label %done51

body50:                                           ; preds = %loop49
  %119 = mul i64 %i44, 256
  %120 = add i64 %119, %i48
  %121 = add i64 %i52, 0
  %122 = mul i64 %121, 2064
  %123 = add i64 %122, 1280
  %124 = getelementptr float, ptr %dacts, i64 %123
  %125 = getelementptr float, ptr %124, i64 %120
  %126 = add i64 %i52, 0
  %127 = mul i64 %126, 2064
  %128 = add i64 %127, 1536
  %129 = getelementptr float, ptr %dacts, i64 %128
  %130 = getelementptr float, ptr %129, i64 %103
  %131 = add i64 %i52, 0
  %132 = mul i64 %131, 2064
  %133 = add i64 %132, 1792
  %134 = getelementptr float, ptr %dacts, i64 %133
  %135 = getelementptr float, ptr %134, i64 %104
  %136 = getelementptr float, ptr %125, i64 0
  %137 = load <8 x float>, ptr %136, align 4
  store <8 x float> %137, ptr %17, align 32
  %138 = getelementptr float, ptr %125, i64 8
  %139 = load <8 x float>, ptr %138, align 4
  store <8 x float> %139, ptr %16, align 32
  %140 = mul i64 %i44, 256
  %141 = add i64 %140, %i48
  %142 = add i64 %i52, 1
  %143 = mul i64 %142, 2064
  %144 = add i64 %143, 1280
  %145 = getelementptr float, ptr %dacts, i64 %144
  %146 = getelementptr float, ptr %145, i64 %141
  %147 = add i64 %i52, 1
  %148 = mul i64 %147, 2064
  %149 = add i64 %148, 1536
  %150 = getelementptr float, ptr %dacts, i64 %149
  %151 = getelementptr float, ptr %150, i64 %103
  %152 = add i64 %i52, 1
  %153 = mul i64 %152, 2064
  %154 = add i64 %153, 1792
  %155 = getelementptr float, ptr %dacts, i64 %154
  %156 = getelementptr float, ptr %155, i64 %104
  %157 = getelementptr float, ptr %146, i64 0
  %158 = load <8 x float>, ptr %157, align 4
  store <8 x float> %158, ptr %15, align 32
  %159 = getelementptr float, ptr %146, i64 8
  %160 = load <8 x float>, ptr %159, align 4
  store <8 x float> %160, ptr %14, align 32
  %161 = mul i64 %i44, 256
  %162 = add i64 %161, %i48
  %163 = add i64 %i52, 2
  %164 = mul i64 %163, 2064
  %165 = add i64 %164, 1280
  %166 = getelementptr float, ptr %dacts, i64 %165
  %167 = getelementptr float, ptr %166, i64 %162
  %168 = add i64 %i52, 2
  %169 = mul i64 %168, 2064
  %170 = add i64 %169, 1536
  %171 = getelementptr float, ptr %dacts, i64 %170
  %172 = getelementptr float, ptr %171, i64 %103
  %173 = add i64 %i52, 2
  %174 = mul i64 %173, 2064
  %175 = add i64 %174, 1792
  %176 = getelementptr float, ptr %dacts, i64 %175
  %177 = getelementptr float, ptr %176, i64 %104
  %178 = getelementptr float, ptr %167, i64 0
  %179 = load <8 x float>, ptr %178, align 4
  store <8 x float> %179, ptr %13, align 32
  %180 = getelementptr float, ptr %167, i64 8
  %181 = load <8 x float>, ptr %180, align 4
  store <8 x float> %181, ptr %12, align 32
  %182 = mul i64 %i44, 256
  %183 = add i64 %182, %i48
  %184 = add i64 %i52, 3
  %185 = mul i64 %184, 2064
  %186 = add i64 %185, 1280
  %187 = getelementptr float, ptr %dacts, i64 %186
  %188 = getelementptr float, ptr %187, i64 %183
  %189 = add i64 %i52, 3
  %190 = mul i64 %189, 2064
  %191 = add i64 %190, 1536
  %192 = getelementptr float, ptr %dacts, i64 %191
  %193 = getelementptr float, ptr %192, i64 %103
  %194 = add i64 %i52, 3
  %195 = mul i64 %194, 2064
  %196 = add i64 %195, 1792
  %197 = getelementptr float, ptr %dacts, i64 %196
  %198 = getelementptr float, ptr %197, i64 %104
  %199 = getelementptr float, ptr %188, i64 0
  %200 = load <8 x float>, ptr %199, align 4
  store <8 x float> %200, ptr %11, align 32
  %201 = getelementptr float, ptr %188, i64 8
  %202 = load <8 x float>, ptr %201, align 4
  store <8 x float> %202, ptr %10, align 32
  %203 = mul i64 %i44, 256
  %204 = add i64 %203, %i48
  %205 = add i64 %i52, 4
  %206 = mul i64 %205, 2064
  %207 = add i64 %206, 1280
  %208 = getelementptr float, ptr %dacts, i64 %207
  %209 = getelementptr float, ptr %208, i64 %204
  %210 = add i64 %i52, 4
  %211 = mul i64 %210, 2064
  %212 = add i64 %211, 1536
  %213 = getelementptr float, ptr %dacts, i64 %212
  %214 = getelementptr float, ptr %213, i64 %103
  %215 = add i64 %i52, 4
  %216 = mul i64 %215, 2064
  %217 = add i64 %216, 1792
  %218 = getelementptr float, ptr %dacts, i64 %217
  %219 = getelementptr float, ptr %218, i64 %104
  %220 = getelementptr float, ptr %209, i64 0
  %221 = load <8 x float>, ptr %220, align 4
  store <8 x float> %221, ptr %9, align 32
  %222 = getelementptr float, ptr %209, i64 8
  %223 = load <8 x float>, ptr %222, align 4
  store <8 x float> %223, ptr %8, align 32
  %224 = mul i64 %i44, 256
  %225 = add i64 %224, %i48
  %226 = add i64 %i52, 5
  %227 = mul i64 %226, 2064
  %228 = add i64 %227, 1280
  %229 = getelementptr float, ptr %dacts, i64 %228
  %230 = getelementptr float, ptr %229, i64 %225
  %231 = add i64 %i52, 5
  %232 = mul i64 %231, 2064
  %233 = add i64 %232, 1536
  %234 = getelementptr float, ptr %dacts, i64 %233
  %235 = getelementptr float, ptr %234, i64 %103
  %236 = add i64 %i52, 5
  %237 = mul i64 %236, 2064
  %238 = add i64 %237, 1792
  %239 = getelementptr float, ptr %dacts, i64 %238
  %240 = getelementptr float, ptr %239, i64 %104
  %241 = getelementptr float, ptr %230, i64 0
  %242 = load <8 x float>, ptr %241, align 4
  store <8 x float> %242, ptr %7, align 32
  %243 = getelementptr float, ptr %230, i64 8
  %244 = load <8 x float>, ptr %243, align 4
  store <8 x float> %244, ptr %6, align 32
  br label %loop53

done51:                                           ; preds = %loop49
  %245 = add i64 %i48, 16
  br label %loop45

loop53:                                           ; preds = %join58, %body50
  %i56 = phi i64 [ 0, %body50 ], [ %349, %join58 ]
  %246 = icmp slt i64 %i56, %115
  br i1 %246, label %body54, label %done55

body54:                                           ; preds = %loop53
  %247 = getelementptr float, ptr %135, i64 %i56
  %248 = getelementptr float, ptr %156, i64 %i56
  %249 = getelementptr float, ptr %177, i64 %i56
  %250 = getelementptr float, ptr %198, i64 %i56
  %251 = getelementptr float, ptr %219, i64 %i56
  %252 = getelementptr float, ptr %240, i64 %i56
  %253 = load i32, ptr %247, align 4
  %254 = load i32, ptr %248, align 4
  %255 = or i32 %253, %254
  %256 = load i32, ptr %249, align 4
  %257 = or i32 %255, %256
  %258 = load i32, ptr %250, align 4
  %259 = or i32 %257, %258
  %260 = load i32, ptr %251, align 4
  %261 = or i32 %259, %260
  %262 = load i32, ptr %252, align 4
  %263 = or i32 %261, %262
  %264 = shl i32 %263, 1
  %265 = icmp ne i32 %264, 0
  br i1 %265, label %then57, label %join58

done55:                                           ; preds = %loop53
  %266 = getelementptr float, ptr %125, i64 0
  %267 = load <8 x float>, ptr %17, align 32
  store <8 x float> %267, ptr %266, align 4
  %268 = getelementptr float, ptr %125, i64 8
  %269 = load <8 x float>, ptr %16, align 32
  store <8 x float> %269, ptr %268, align 4
  %270 = getelementptr float, ptr %146, i64 0
  %271 = load <8 x float>, ptr %15, align 32
  store <8 x float> %271, ptr %270, align 4
  %272 = getelementptr float, ptr %146, i64 8
  %273 = load <8 x float>, ptr %14, align 32
  store <8 x float> %273, ptr %272, align 4
  %274 = getelementptr float, ptr %167, i64 0
  %275 = load <8 x float>, ptr %13, align 32
  store <8 x float> %275, ptr %274, align 4
  %276 = getelementptr float, ptr %167, i64 8
  %277 = load <8 x float>, ptr %12, align 32
  store <8 x float> %277, ptr %276, align 4
  %278 = getelementptr float, ptr %188, i64 0
  %279 = load <8 x float>, ptr %11, align 32
  store <8 x float> %279, ptr %278, align 4
  %280 = getelementptr float, ptr %188, i64 8
  %281 = load <8 x float>, ptr %10, align 32
  store <8 x float> %281, ptr %280, align 4
  %282 = getelementptr float, ptr %209, i64 0
  %283 = load <8 x float>, ptr %9, align 32
  store <8 x float> %283, ptr %282, align 4
  %284 = getelementptr float, ptr %209, i64 8
  %285 = load <8 x float>, ptr %8, align 32
  store <8 x float> %285, ptr %284, align 4
  %286 = getelementptr float, ptr %230, i64 0
  %287 = load <8 x float>, ptr %7, align 32
  store <8 x float> %287, ptr %286, align 4
  %288 = getelementptr float, ptr %230, i64 8
  %289 = load <8 x float>, ptr %6, align 32
  store <8 x float> %289, ptr %288, align 4
  %290 = add i64 %i52, 6
  br label %loop49

then57:                                           ; preds = %body54
  %291 = getelementptr float, ptr %130, i64 %i56
  %292 = load float, ptr %291, align 4
  %293 = getelementptr float, ptr %151, i64 %i56
  %294 = load float, ptr %293, align 4
  %295 = getelementptr float, ptr %172, i64 %i56
  %296 = load float, ptr %295, align 4
  %297 = getelementptr float, ptr %193, i64 %i56
  %298 = load float, ptr %297, align 4
  %299 = getelementptr float, ptr %214, i64 %i56
  %300 = load float, ptr %299, align 4
  %301 = getelementptr float, ptr %235, i64 %i56
  %302 = load float, ptr %301, align 4
  %303 = add i64 %i48, 0
  %304 = mul i64 %i56, 256
  %305 = add i64 %304, %303
  %306 = getelementptr float, ptr %102, i64 %305
  %307 = load <8 x float>, ptr %306, align 4
  %308 = add i64 %i48, 8
  %309 = mul i64 %i56, 256
  %310 = add i64 %309, %308
  %311 = getelementptr float, ptr %102, i64 %310
  %312 = load <8 x float>, ptr %311, align 4
  %313 = insertelement <8 x float> undef, float %292, i32 0
  %314 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %315 = load <8 x float>, ptr %17, align 32
  %316 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %314, <8 x float> %307, <8 x float> %315)
  store <8 x float> %316, ptr %17, align 32
  %317 = load <8 x float>, ptr %16, align 32
  %318 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %314, <8 x float> %312, <8 x float> %317)
  store <8 x float> %318, ptr %16, align 32
  %319 = insertelement <8 x float> undef, float %294, i32 0
  %320 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, ptr %15, align 32
  %322 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %320, <8 x float> %307, <8 x float> %321)
  store <8 x float> %322, ptr %15, align 32
  %323 = load <8 x float>, ptr %14, align 32
  %324 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %320, <8 x float> %312, <8 x float> %323)
  store <8 x float> %324, ptr %14, align 32
  %325 = insertelement <8 x float> undef, float %296, i32 0
  %326 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, ptr %13, align 32
  %328 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %326, <8 x float> %307, <8 x float> %327)
  store <8 x float> %328, ptr %13, align 32
  %329 = load <8 x float>, ptr %12, align 32
  %330 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %326, <8 x float> %312, <8 x float> %329)
  store <8 x float> %330, ptr %12, align 32
  %331 = insertelement <8 x float> undef, float %298, i32 0
  %332 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %333 = load <8 x float>, ptr %11, align 32
  %334 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %332, <8 x float> %307, <8 x float> %333)
  store <8 x float> %334, ptr %11, align 32
  %335 = load <8 x float>, ptr %10, align 32
  %336 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %332, <8 x float> %312, <8 x float> %335)
  store <8 x float> %336, ptr %10, align 32
  %337 = insertelement <8 x float> undef, float %300, i32 0
  %338 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = load <8 x float>, ptr %9, align 32
  %340 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %338, <8 x float> %307, <8 x float> %339)
  store <8 x float> %340, ptr %9, align 32
  %341 = load <8 x float>, ptr %8, align 32
  %342 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %338, <8 x float> %312, <8 x float> %341)
  store <8 x float> %342, ptr %8, align 32
  %343 = insertelement <8 x float> undef, float %302, i32 0
  %344 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %345 = load <8 x float>, ptr %7, align 32
  %346 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %344, <8 x float> %307, <8 x float> %345)
  store <8 x float> %346, ptr %7, align 32
  %347 = load <8 x float>, ptr %6, align 32
  %348 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %344, <8 x float> %312, <8 x float> %347)
  store <8 x float> %348, ptr %6, align 32
  br label %join58

join58:                                           ; preds = %then57, %body54
  %349 = add i64 %i56, 1
  br label %loop53

loop59:                                           ; preds = %done65, %done47
  %i62 = phi i64 [ 0, %done47 ], [ %394, %done65 ]
  %350 = icmp slt i64 %i62, 256
  br i1 %350, label %body60, label %done61

body60:                                           ; preds = %loop59
  br label %loop63

done61:                                           ; preds = %loop59
  br label %loop73

loop63:                                           ; preds = %done69, %body60
  %i66 = phi i64 [ %108, %body60 ], [ %411, %done69 ]
  %351 = icmp slt i64 %i66, %111
  br i1 %351, label %body64, label %done65

body64:                                           ; preds = %loop63
  %352 = mul i64 %i44, 256
  %353 = add i64 %352, %i62
  %354 = add i64 %i66, 0
  %355 = mul i64 %354, 2064
  %356 = add i64 %355, 1280
  %357 = getelementptr float, ptr %dacts, i64 %356
  %358 = getelementptr float, ptr %357, i64 %353
  %359 = add i64 %i66, 0
  %360 = mul i64 %359, 2064
  %361 = add i64 %360, 1536
  %362 = getelementptr float, ptr %dacts, i64 %361
  %363 = getelementptr float, ptr %362, i64 %103
  %364 = add i64 %i66, 0
  %365 = mul i64 %364, 2064
  %366 = add i64 %365, 1792
  %367 = getelementptr float, ptr %dacts, i64 %366
  %368 = getelementptr float, ptr %367, i64 %104
  %369 = getelementptr float, ptr %358, i64 0
  %370 = load <8 x float>, ptr %369, align 4
  store <8 x float> %370, ptr %5, align 32
  %371 = getelementptr float, ptr %358, i64 8
  %372 = load <8 x float>, ptr %371, align 4
  store <8 x float> %372, ptr %4, align 32
  %373 = mul i64 %i44, 256
  %374 = add i64 %373, %i62
  %375 = add i64 %i66, 1
  %376 = mul i64 %375, 2064
  %377 = add i64 %376, 1280
  %378 = getelementptr float, ptr %dacts, i64 %377
  %379 = getelementptr float, ptr %378, i64 %374
  %380 = add i64 %i66, 1
  %381 = mul i64 %380, 2064
  %382 = add i64 %381, 1536
  %383 = getelementptr float, ptr %dacts, i64 %382
  %384 = getelementptr float, ptr %383, i64 %103
  %385 = add i64 %i66, 1
  %386 = mul i64 %385, 2064
  %387 = add i64 %386, 1792
  %388 = getelementptr float, ptr %dacts, i64 %387
  %389 = getelementptr float, ptr %388, i64 %104
  %390 = getelementptr float, ptr %379, i64 0
  %391 = load <8 x float>, ptr %390, align 4
  store <8 x float> %391, ptr %3, align 32
  %392 = getelementptr float, ptr %379, i64 8
  %393 = load <8 x float>, ptr %392, align 4
  store <8 x float> %393, ptr %2, align 32
  br label %loop67

done65:                                           ; preds = %loop63
  %394 = add i64 %i62, 16
  br label %loop59

loop67:                                           ; preds = %join72, %body64
  %i70 = phi i64 [ 0, %body64 ], [ %438, %join72 ]
  %395 = icmp slt i64 %i70, %115
  br i1 %395, label %body68, label %done69

body68:                                           ; preds = %loop67
  %396 = getelementptr float, ptr %368, i64 %i70
  %397 = getelementptr float, ptr %389, i64 %i70
  %398 = load i32, ptr %396, align 4
  %399 = load i32, ptr %397, align 4
  %400 = or i32 %398, %399
  %401 = shl i32 %400, 1
  %402 = icmp ne i32 %401, 0
  br i1 %402, label %then71, label %join72

done69:                                           ; preds = %loop67
  %403 = getelementptr float, ptr %358, i64 0
  %404 = load <8 x float>, ptr %5, align 32
  store <8 x float> %404, ptr %403, align 4
  %405 = getelementptr float, ptr %358, i64 8
  %406 = load <8 x float>, ptr %4, align 32
  store <8 x float> %406, ptr %405, align 4
  %407 = getelementptr float, ptr %379, i64 0
  %408 = load <8 x float>, ptr %3, align 32
  store <8 x float> %408, ptr %407, align 4
  %409 = getelementptr float, ptr %379, i64 8
  %410 = load <8 x float>, ptr %2, align 32
  store <8 x float> %410, ptr %409, align 4
  %411 = add i64 %i66, 2
  br label %loop63

then71:                                           ; preds = %body68
  %412 = getelementptr float, ptr %363, i64 %i70
  %413 = load float, ptr %412, align 4
  %414 = getelementptr float, ptr %384, i64 %i70
  %415 = load float, ptr %414, align 4
  %416 = add i64 %i62, 0
  %417 = mul i64 %i70, 256
  %418 = add i64 %417, %416
  %419 = getelementptr float, ptr %102, i64 %418
  %420 = load <8 x float>, ptr %419, align 4
  %421 = add i64 %i62, 8
  %422 = mul i64 %i70, 256
  %423 = add i64 %422, %421
  %424 = getelementptr float, ptr %102, i64 %423
  %425 = load <8 x float>, ptr %424, align 4
  %426 = insertelement <8 x float> undef, float %413, i32 0
  %427 = shufflevector <8 x float> %426, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, ptr %5, align 32
  %429 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %427, <8 x float> %420, <8 x float> %428)
  store <8 x float> %429, ptr %5, align 32
  %430 = load <8 x float>, ptr %4, align 32
  %431 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %427, <8 x float> %425, <8 x float> %430)
  store <8 x float> %431, ptr %4, align 32
  %432 = insertelement <8 x float> undef, float %415, i32 0
  %433 = shufflevector <8 x float> %432, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, ptr %3, align 32
  %435 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %433, <8 x float> %420, <8 x float> %434)
  store <8 x float> %435, ptr %3, align 32
  %436 = load <8 x float>, ptr %2, align 32
  %437 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %433, <8 x float> %425, <8 x float> %436)
  store <8 x float> %437, ptr %2, align 32
  br label %join72

join72:                                           ; preds = %then71, %body68
  %438 = add i64 %i70, 1
  br label %loop67

loop73:                                           ; preds = %done79, %done61
  %i76 = phi i64 [ 0, %done61 ], [ %463, %done79 ]
  %439 = icmp slt i64 %i76, 256
  br i1 %439, label %body74, label %done75

body74:                                           ; preds = %loop73
  br label %loop77

done75:                                           ; preds = %loop73
  %440 = add i64 %i44, 1
  br label %loop41

loop77:                                           ; preds = %done83, %body74
  %i80 = phi i64 [ %111, %body74 ], [ %473, %done83 ]
  %441 = icmp slt i64 %i80, %b1
  br i1 %441, label %body78, label %done79

body78:                                           ; preds = %loop77
  %442 = mul i64 %i44, 256
  %443 = add i64 %442, %i76
  %444 = add i64 %i80, 0
  %445 = mul i64 %444, 2064
  %446 = add i64 %445, 1280
  %447 = getelementptr float, ptr %dacts, i64 %446
  %448 = getelementptr float, ptr %447, i64 %443
  %449 = add i64 %i80, 0
  %450 = mul i64 %449, 2064
  %451 = add i64 %450, 1536
  %452 = getelementptr float, ptr %dacts, i64 %451
  %453 = getelementptr float, ptr %452, i64 %103
  %454 = add i64 %i80, 0
  %455 = mul i64 %454, 2064
  %456 = add i64 %455, 1792
  %457 = getelementptr float, ptr %dacts, i64 %456
  %458 = getelementptr float, ptr %457, i64 %104
  %459 = getelementptr float, ptr %448, i64 0
  %460 = load <8 x float>, ptr %459, align 4
  store <8 x float> %460, ptr %1, align 32
  %461 = getelementptr float, ptr %448, i64 8
  %462 = load <8 x float>, ptr %461, align 4
  store <8 x float> %462, ptr %0, align 32
  br label %loop81

done79:                                           ; preds = %loop77
  %463 = add i64 %i76, 16
  br label %loop73

loop81:                                           ; preds = %join86, %body78
  %i84 = phi i64 [ 0, %body78 ], [ %492, %join86 ]
  %464 = icmp slt i64 %i84, %115
  br i1 %464, label %body82, label %done83

body82:                                           ; preds = %loop81
  %465 = getelementptr float, ptr %458, i64 %i84
  %466 = load i32, ptr %465, align 4
  %467 = shl i32 %466, 1
  %468 = icmp ne i32 %467, 0
  br i1 %468, label %then85, label %join86

done83:                                           ; preds = %loop81
  %469 = getelementptr float, ptr %448, i64 0
  %470 = load <8 x float>, ptr %1, align 32
  store <8 x float> %470, ptr %469, align 4
  %471 = getelementptr float, ptr %448, i64 8
  %472 = load <8 x float>, ptr %0, align 32
  store <8 x float> %472, ptr %471, align 4
  %473 = add i64 %i80, 1
  br label %loop77

then85:                                           ; preds = %body82
  %474 = getelementptr float, ptr %453, i64 %i84
  %475 = load float, ptr %474, align 4
  %476 = add i64 %i76, 0
  %477 = mul i64 %i84, 256
  %478 = add i64 %477, %476
  %479 = getelementptr float, ptr %102, i64 %478
  %480 = load <8 x float>, ptr %479, align 4
  %481 = add i64 %i76, 8
  %482 = mul i64 %i84, 256
  %483 = add i64 %482, %481
  %484 = getelementptr float, ptr %102, i64 %483
  %485 = load <8 x float>, ptr %484, align 4
  %486 = insertelement <8 x float> undef, float %475, i32 0
  %487 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, ptr %1, align 32
  %489 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %487, <8 x float> %480, <8 x float> %488)
  store <8 x float> %489, ptr %1, align 32
  %490 = load <8 x float>, ptr %0, align 32
  %491 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %487, <8 x float> %485, <8 x float> %490)
  store <8 x float> %491, ptr %0, align 32
  br label %join86

join86:                                           ; preds = %then85, %body82
  %492 = add i64 %i84, 1
  br label %loop81

then87:                                           ; preds = %join28
  br label %loop89

join88:                                           ; preds = %done99, %join28
  %493 = icmp ult i32 4, %s1
  %494 = icmp ule i32 %s0, 4
  %495 = and i1 %494, %493
  br i1 %495, label %then113, label %join114

loop89:                                           ; preds = %done95, %then87
  %i92 = phi i64 [ %b0, %then87 ], [ %517, %done95 ]
  %496 = icmp slt i64 %i92, %b1
  br i1 %496, label %body90, label %done91

body90:                                           ; preds = %loop89
  %497 = mul i64 %i92, 2064
  %498 = add i64 %497, 1024
  %499 = getelementptr float, ptr %dacts, i64 %498
  br label %loop93

done91:                                           ; preds = %loop89
  %500 = getelementptr float, ptr %params, i64 132352
  %501 = load float, ptr %500, align 4
  %502 = fcmp ogt float %501, 0.000000e+00
  %503 = fneg float %501
  %504 = select i1 %502, float %503, float %501
  %505 = call float @llvm.exp.f32(float %504)
  %506 = fmul float 3.000000e+00, %505
  %507 = fadd float 1.000000e+00, %506
  %508 = fsub float 1.000000e+00, %505
  %509 = fdiv float %508, %507
  %510 = fadd float %505, 3.000000e+00
  %511 = fsub float %505, 1.000000e+00
  %512 = fdiv float %511, %510
  %513 = select i1 %502, float %509, float %512
  br label %loop97

loop93:                                           ; preds = %body94, %body90
  %i96 = phi i64 [ 0, %body90 ], [ %516, %body94 ]
  %514 = icmp slt i64 %i96, 256
  br i1 %514, label %body94, label %done95

body94:                                           ; preds = %loop93
  %515 = getelementptr float, ptr %499, i64 %i96
  store <8 x float> zeroinitializer, ptr %515, align 4
  %516 = add i64 %i96, 8
  br label %loop93

done95:                                           ; preds = %loop93
  %517 = add i64 %i92, 1
  br label %loop89

loop97:                                           ; preds = %done103, %done91
  %i100 = phi i64 [ %b0, %done91 ], [ %520, %done103 ]
  %518 = icmp slt i64 %i100, %b1
  br i1 %518, label %body98, label %done99

body98:                                           ; preds = %loop97
  br label %loop101

done99:                                           ; preds = %loop97
  br label %join88

loop101:                                          ; preds = %done107, %body98
  %i104 = phi i64 [ 0, %body98 ], [ %535, %done107 ]
  %519 = icmp slt i64 %i104, 1
  br i1 %519, label %body102, label %done103

body102:                                          ; preds = %loop101
  br label %loop105

done103:                                          ; preds = %loop101
  %520 = add i64 %i100, 1
  br label %loop97

loop105:                                          ; preds = %done111, %body102
  %i108 = phi i64 [ 0, %body102 ], [ %556, %done111 ]
  %521 = icmp slt i64 %i108, 4
  br i1 %521, label %body106, label %done107

body106:                                          ; preds = %loop105
  %522 = mul i64 %i104, 256
  %523 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i108
  %524 = load i32, ptr %523, align 4
  %525 = sext i32 %524 to i64
  %526 = mul i64 %525, 64
  %527 = add i64 %522, %526
  %528 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i108
  %529 = load i32, ptr %528, align 4
  %530 = sext i32 %529 to i64
  %531 = mul i64 %530, 64
  %532 = add i64 %522, %531
  %533 = mul i64 %i108, 64
  %534 = add i64 %522, %533
  br label %loop109

done107:                                          ; preds = %loop105
  %535 = add i64 %i104, 1
  br label %loop101

loop109:                                          ; preds = %body110, %body106
  %i112 = phi i64 [ 0, %body106 ], [ %555, %body110 ]
  %536 = icmp slt i64 %i112, 64
  br i1 %536, label %body110, label %done111

body110:                                          ; preds = %loop109
  %537 = add i64 %532, %i112
  %538 = add i64 %527, %i112
  %539 = add i64 %534, %i112
  %540 = mul i64 %i100, 2064
  %541 = add i64 %540, 1024
  %542 = getelementptr float, ptr %dacts, i64 %541
  %543 = mul i64 %i100, 2064
  %544 = add i64 %543, 1280
  %545 = getelementptr float, ptr %dacts, i64 %544
  %546 = getelementptr float, ptr %545, i64 %539
  %547 = load float, ptr %546, align 4
  %548 = fmul float %513, %547
  %549 = getelementptr float, ptr %542, i64 %538
  %550 = getelementptr float, ptr %542, i64 %537
  %551 = load float, ptr %549, align 4
  %552 = fadd float %551, %548
  store float %552, ptr %549, align 4
  %553 = load float, ptr %550, align 4
  %554 = fsub float %553, %548
  store float %554, ptr %550, align 4
  %555 = add i64 %i112, 1
  br label %loop109

done111:                                          ; preds = %loop109
  %556 = add i64 %i108, 1
  br label %loop105

then113:                                          ; preds = %join88
  br label %loop115

join114:                                          ; preds = %done117, %join88
  %557 = icmp ult i32 3, %s1
  %558 = icmp ule i32 %s0, 3
  %559 = and i1 %558, %557
  br i1 %559, label %then123, label %join124

loop115:                                          ; preds = %done121, %then113
  %i118 = phi i64 [ %b0, %then113 ], [ %636, %done121 ]
  %560 = icmp slt i64 %i118, %b1
  br i1 %560, label %body116, label %done117

body116:                                          ; preds = %loop115
  %561 = mul i64 %i118, 2064
  %562 = add i64 %561, 768
  %563 = getelementptr float, ptr %dacts, i64 %562
  %564 = mul i64 %i118, 2064
  %565 = add i64 %564, 1024
  %566 = getelementptr float, ptr %dacts, i64 %565
  br label %loop119

done117:                                          ; preds = %loop115
  br label %join114

loop119:                                          ; preds = %body120, %body116
  %i122 = phi i64 [ 0, %body116 ], [ %635, %body120 ]
  %567 = icmp slt i64 %i122, 256
  br i1 %567, label %body120, label %done121

body120:                                          ; preds = %loop119
  %568 = getelementptr float, ptr %566, i64 %i122
  %569 = load float, ptr %568, align 4
  %570 = fmul float %569, 1.250000e+00
  %571 = getelementptr float, ptr %566, i64 %i122
  %572 = add i64 %first, %i118
  %573 = add i64 %seed, -7046029254386353131
  %574 = lshr i64 %573, 30
  %575 = xor i64 %573, %574
  %576 = mul i64 %575, -4658895280553007687
  %577 = lshr i64 %576, 27
  %578 = xor i64 %576, %577
  %579 = mul i64 %578, -7723592293110705685
  %580 = lshr i64 %579, 31
  %581 = xor i64 %579, %580
  %582 = add i64 %581, %step
  %583 = lshr i64 %582, 30
  %584 = xor i64 %582, %583
  %585 = mul i64 %584, -4658895280553007687
  %586 = lshr i64 %585, 27
  %587 = xor i64 %585, %586
  %588 = mul i64 %587, -7723592293110705685
  %589 = lshr i64 %588, 31
  %590 = xor i64 %588, %589
  %591 = or i64 -9223367638808264704, %572
  %592 = add i64 %590, %591
  %593 = lshr i64 %592, 30
  %594 = xor i64 %592, %593
  %595 = mul i64 %594, -4658895280553007687
  %596 = lshr i64 %595, 27
  %597 = xor i64 %595, %596
  %598 = mul i64 %597, -7723592293110705685
  %599 = lshr i64 %598, 31
  %600 = xor i64 %598, %599
  %601 = mul i64 %i122, -7046029254386353131
  %602 = add i64 %600, %601
  %603 = lshr i64 %602, 30
  %604 = xor i64 %602, %603
  %605 = mul i64 %604, -4658895280553007687
  %606 = lshr i64 %605, 27
  %607 = xor i64 %605, %606
  %608 = mul i64 %607, -7723592293110705685
  %609 = lshr i64 %608, 31
  %610 = xor i64 %608, %609
  %611 = lshr i64 %610, 40
  %612 = icmp uge i64 %611, 3355443
  %613 = select i1 %612, float %570, float 0.000000e+00
  store float %613, ptr %571, align 4
  %614 = getelementptr float, ptr %563, i64 %i122
  %615 = mul i64 %i118, 2064
  %616 = add i64 %615, 768
  %617 = getelementptr float, ptr %acts, i64 %616
  %618 = getelementptr float, ptr %617, i64 %i122
  %619 = load float, ptr %618, align 4
  %620 = getelementptr float, ptr %params, i64 132096
  %621 = getelementptr float, ptr %620, i64 %i122
  %622 = load float, ptr %621, align 4
  %623 = fsub float %619, %622
  %624 = fcmp ole float %623, 1.000000e+00
  %625 = fcmp oge float %623, -1.000000e+00
  %626 = and i1 %625, %624
  %627 = icmp slt i64 %i122, 256
  %628 = and i1 %626, %627
  %629 = mul i64 %i118, 2064
  %630 = add i64 %629, 1024
  %631 = getelementptr float, ptr %dacts, i64 %630
  %632 = getelementptr float, ptr %631, i64 %i122
  %633 = load float, ptr %632, align 4
  %634 = select i1 %628, float %633, float 0.000000e+00
  store float %634, ptr %614, align 4
  %635 = add i64 %i122, 1
  br label %loop119

done121:                                          ; preds = %loop119
  %636 = add i64 %i118, 1
  br label %loop115

then123:                                          ; preds = %join114
  br label %join124

join124:                                          ; preds = %then123, %join114
  %637 = icmp ult i32 2, %s1
  %638 = icmp ule i32 %s0, 2
  %639 = and i1 %638, %637
  br i1 %639, label %then125, label %join126

then125:                                          ; preds = %join124
  br label %loop127

join126:                                          ; preds = %done129, %join124
  %640 = icmp ult i32 0, %s1
  %641 = icmp ule i32 %s0, 0
  %642 = and i1 %641, %640
  br i1 %642, label %then143, label %join144

loop127:                                          ; preds = %done133, %then125
  %i130 = phi i64 [ %b0, %then125 ], [ %651, %done133 ]
  %643 = icmp slt i64 %i130, %b1
  br i1 %643, label %body128, label %done129

body128:                                          ; preds = %loop127
  %644 = mul i64 %i130, 2064
  %645 = add i64 %644, 512
  %646 = getelementptr float, ptr %dacts, i64 %645
  %647 = mul i64 %i130, 2064
  %648 = add i64 %647, 256
  %649 = getelementptr float, ptr %dacts, i64 %648
  br label %loop131

done129:                                          ; preds = %loop127
  br label %join126

loop131:                                          ; preds = %done137, %body128
  %i134 = phi i64 [ 0, %body128 ], [ %674, %done137 ]
  %650 = icmp slt i64 %i134, 1
  br i1 %650, label %body132, label %done133

body132:                                          ; preds = %loop131
  br label %loop135

done133:                                          ; preds = %loop131
  %651 = add i64 %i130, 1
  br label %loop127

loop135:                                          ; preds = %done141, %body132
  %i138 = phi i64 [ 0, %body132 ], [ %682, %done141 ]
  %652 = icmp slt i64 %i138, 256
  br i1 %652, label %body136, label %done137

body136:                                          ; preds = %loop135
  %653 = mul i64 %i134, 256
  %654 = add i64 %653, %i138
  %655 = getelementptr float, ptr %646, i64 %654
  %656 = load float, ptr %655, align 4
  %657 = bitcast float %656 to i32
  %658 = lshr i32 %657, 16
  %659 = and i32 %658, 1
  %660 = add i32 %659, 32767
  %661 = add i32 %657, %660
  %662 = fcmp uno float %656, %656
  %663 = or i32 %657, 4194304
  %664 = select i1 %662, i32 %663, i32 %661
  %665 = and i32 %664, -65536
  %666 = bitcast i32 %665 to float
  %667 = select i1 %bf16, float %666, float %656
  store float %667, ptr %655, align 4
  %668 = add i64 1024, %654
  %669 = getelementptr float, ptr %gains, i64 %668
  %670 = load float, ptr %669, align 4
  %671 = fmul float %667, %670
  %672 = icmp slt i64 %654, 256
  %673 = select i1 %672, float %671, float 0.000000e+00
  br label %loop139

done137:                                          ; preds = %loop135
  %674 = add i64 %i134, 1
  br label %loop131

loop139:                                          ; preds = %body140, %body136
  %i142 = phi i64 [ 0, %body136 ], [ %681, %body140 ]
  %675 = icmp slt i64 %i142, 1
  br i1 %675, label %body140, label %done141

body140:                                          ; preds = %loop139
  %676 = mul i64 %i134, 1
  %677 = add i64 %676, %i142
  %678 = mul i64 %677, 256
  %679 = add i64 %678, %i138
  %680 = getelementptr float, ptr %649, i64 %679
  store float %673, ptr %680, align 4
  %681 = add i64 %i142, 1
  br label %loop139

done141:                                          ; preds = %loop139
  %682 = add i64 %i138, 1
  br label %loop135

then143:                                          ; preds = %join126
  br label %join144

join144:                                          ; preds = %then143, %join126
  ret void
}

define void @eic_grads(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i64 %u0, i64 %u1) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca float, align 4
  %16 = alloca float, align 4
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca float, align 4
  %32 = alloca float, align 4
  %33 = icmp sgt i64 %u0, 0
  %34 = select i1 %33, i64 %u0, i64 0
  %35 = icmp slt i64 %u1, 256
  %36 = select i1 %35, i64 %u1, i64 256
  %37 = icmp slt i64 %36, %34
  %38 = select i1 %37, i64 %34, i64 %36
  %39 = getelementptr float, ptr %grads, i64 65536
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ %34, %entry ], [ %54, %done3 ]
  %40 = icmp slt i64 %i, %38
  br i1 %40, label %body, label %done

body:                                             ; preds = %loop
  %41 = sub i64 %i, 0
  %42 = sdiv i64 %41, 256
  %43 = srem i64 %41, 256
  %44 = icmp slt i64 %41, 256
  store float 0.000000e+00, ptr %32, align 4
  br label %loop1

done:                                             ; preds = %loop
  br label %loop9

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ 0, %body ], [ %73, %done7 ]
  %45 = icmp slt i64 %i4, %batch
  br i1 %45, label %body2, label %done3

body2:                                            ; preds = %loop1
  %46 = mul i64 %i4, 2064
  %47 = add i64 %46, 256
  %48 = getelementptr float, ptr %acts, i64 %47
  store float 0.000000e+00, ptr %31, align 4
  br label %loop5

done3:                                            ; preds = %loop1
  %49 = load float, ptr %32, align 4
  %50 = select i1 %44, float %49, float 0.000000e+00
  %51 = mul i64 %42, 65536
  %52 = add i64 %51, %43
  %53 = getelementptr float, ptr %39, i64 %52
  store float %50, ptr %53, align 4
  %54 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %64, %body6 ]
  %55 = icmp slt i64 %i8, 1
  br i1 %55, label %body6, label %done7

body6:                                            ; preds = %loop5
  %56 = mul i64 %42, 1
  %57 = add i64 %56, %i8
  %58 = mul i64 %57, 256
  %59 = add i64 %58, %43
  %60 = getelementptr float, ptr %48, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = load float, ptr %31, align 4
  %63 = fadd float %62, %61
  store float %63, ptr %31, align 4
  %64 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %65 = mul i64 %i4, 2064
  %66 = add i64 %65, 512
  %67 = getelementptr float, ptr %dacts, i64 %66
  %68 = getelementptr float, ptr %67, i64 %41
  %69 = load float, ptr %68, align 4
  %70 = load float, ptr %32, align 4
  %71 = load float, ptr %31, align 4
  %72 = call float @llvm.fmuladd.f32(float %69, float %71, float %70)
  store float %72, ptr %32, align 4
  %73 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %done15, %done
  %i12 = phi i64 [ 1, %done ], [ %92, %done15 ]
  %74 = icmp slt i64 %i12, 256
  br i1 %74, label %body10, label %done11

body10:                                           ; preds = %loop9
  br label %loop13

done11:                                           ; preds = %loop9
  %75 = sub i64 %38, %34
  %76 = sdiv i64 %75, 24
  %77 = mul i64 %76, 24
  %78 = add i64 %34, %77
  %79 = getelementptr float, ptr %grads, i64 0
  br label %loop17

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ %34, %body10 ], [ %91, %body14 ]
  %80 = icmp slt i64 %i16, %38
  br i1 %80, label %body14, label %done15

body14:                                           ; preds = %loop13
  %81 = sub i64 %i16, 0
  %82 = srem i64 %81, 256
  %83 = sdiv i64 %81, 256
  %84 = mul i64 %83, 65536
  %85 = add i64 %84, %82
  %86 = mul i64 %i12, 256
  %87 = add i64 %85, %86
  %88 = getelementptr float, ptr %39, i64 %87
  %89 = getelementptr float, ptr %39, i64 %85
  %90 = load float, ptr %89, align 4
  store float %90, ptr %88, align 4
  %91 = add i64 %i16, 1
  br label %loop13

done15:                                           ; preds = %loop13
  %92 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %done11
  %i20 = phi i64 [ %34, %done11 ], [ %99, %done23 ]
  %93 = icmp slt i64 %i20, %78
  br i1 %93, label %body18, label %done19

body18:                                           ; preds = %loop17
  %94 = add i64 %i20, 96
  %95 = icmp slt i64 %94, %78
  %96 = select i1 %95, i64 %94, i64 %78
  br label %loop21

done19:                                           ; preds = %loop17
  %97 = getelementptr float, ptr %grads, i64 0
  br label %loop39

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %101, %done27 ]
  %98 = icmp slt i64 %i24, 1
  br i1 %98, label %body22, label %done23

body22:                                           ; preds = %loop21
  br label %loop25

done23:                                           ; preds = %loop21
  %99 = add i64 %i20, 96
  br label %loop17

loop25:                                           ; preds = %done31, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %111, %done31 ]
  %100 = icmp slt i64 %i28, 256
  br i1 %100, label %body26, label %done27

body26:                                           ; preds = %loop25
  br label %loop29

done27:                                           ; preds = %loop25
  %101 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %join, %body26
  %i32 = phi i64 [ %i20, %body26 ], [ %451, %join ]
  %102 = icmp slt i64 %i32, %96
  br i1 %102, label %body30, label %done31

body30:                                           ; preds = %loop29
  %103 = sub i64 %i32, 0
  store <8 x float> zeroinitializer, ptr %30, align 32
  store <8 x float> zeroinitializer, ptr %29, align 32
  store <8 x float> zeroinitializer, ptr %28, align 32
  store <8 x float> zeroinitializer, ptr %27, align 32
  store <8 x float> zeroinitializer, ptr %26, align 32
  store <8 x float> zeroinitializer, ptr %25, align 32
  store <8 x float> zeroinitializer, ptr %24, align 32
  store <8 x float> zeroinitializer, ptr %23, align 32
  store <8 x float> zeroinitializer, ptr %22, align 32
  store <8 x float> zeroinitializer, ptr %21, align 32
  store <8 x float> zeroinitializer, ptr %20, align 32
  store <8 x float> zeroinitializer, ptr %19, align 32
  %104 = icmp slt i64 %103, 256
  %105 = mul i64 %i24, 256
  %106 = sub i64 256, %105
  %107 = call i64 @llvm.smin.i64(i64 %106, i64 256)
  %108 = call i64 @llvm.smax.i64(i64 %107, i64 0)
  %109 = icmp slt i64 %i28, %108
  %110 = and i1 %109, %104
  br i1 %110, label %then, label %join

done31:                                           ; preds = %loop29
  %111 = add i64 %i28, 4
  br label %loop25

then:                                             ; preds = %body30
  br label %loop33

join:                                             ; preds = %done35, %body30
  %112 = add i64 %103, 0
  %113 = insertelement <8 x i64> undef, i64 %112, i32 0
  %114 = shufflevector <8 x i64> %113, <8 x i64> undef, <8 x i32> zeroinitializer
  %115 = add <8 x i64> %114, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %116 = icmp slt <8 x i64> %115, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %117 = add i64 1024, %112
  %118 = getelementptr float, ptr %gains, i64 %117
  %119 = load <8 x float>, ptr %118, align 4
  %120 = select <8 x i1> %116, <8 x float> %119, <8 x float> zeroinitializer
  %121 = load <8 x float>, ptr %30, align 32
  %122 = fmul <8 x float> %121, %120
  %123 = load <8 x float>, ptr %27, align 32
  %124 = fmul <8 x float> %123, %120
  %125 = load <8 x float>, ptr %24, align 32
  %126 = fmul <8 x float> %125, %120
  %127 = load <8 x float>, ptr %21, align 32
  %128 = fmul <8 x float> %127, %120
  %129 = shufflevector <8 x float> %122, <8 x float> %124, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %130 = shufflevector <8 x float> %122, <8 x float> %124, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %131 = shufflevector <8 x float> %126, <8 x float> %128, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %132 = shufflevector <8 x float> %126, <8 x float> %128, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %133 = shufflevector <8 x float> %129, <8 x float> %131, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %134 = shufflevector <8 x float> %129, <8 x float> %131, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %135 = shufflevector <8 x float> %130, <8 x float> %132, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %136 = shufflevector <8 x float> %130, <8 x float> %132, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %137 = shufflevector <8 x float> %133, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %138 = add i64 %112, 0
  %139 = sdiv i64 %138, 256
  %140 = srem i64 %138, 256
  %141 = mul i64 %139, 1
  %142 = add i64 %141, %i24
  %143 = mul i64 %142, 256
  %144 = add i64 %143, %140
  %145 = mul i64 %144, 256
  %146 = add i64 %145, %i28
  %147 = getelementptr float, ptr %79, i64 %146
  store <4 x float> %137, ptr %147, align 4
  %148 = shufflevector <8 x float> %134, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %149 = add i64 %112, 1
  %150 = sdiv i64 %149, 256
  %151 = srem i64 %149, 256
  %152 = mul i64 %150, 1
  %153 = add i64 %152, %i24
  %154 = mul i64 %153, 256
  %155 = add i64 %154, %151
  %156 = mul i64 %155, 256
  %157 = add i64 %156, %i28
  %158 = getelementptr float, ptr %79, i64 %157
  store <4 x float> %148, ptr %158, align 4
  %159 = shufflevector <8 x float> %135, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %160 = add i64 %112, 2
  %161 = sdiv i64 %160, 256
  %162 = srem i64 %160, 256
  %163 = mul i64 %161, 1
  %164 = add i64 %163, %i24
  %165 = mul i64 %164, 256
  %166 = add i64 %165, %162
  %167 = mul i64 %166, 256
  %168 = add i64 %167, %i28
  %169 = getelementptr float, ptr %79, i64 %168
  store <4 x float> %159, ptr %169, align 4
  %170 = shufflevector <8 x float> %136, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %171 = add i64 %112, 3
  %172 = sdiv i64 %171, 256
  %173 = srem i64 %171, 256
  %174 = mul i64 %172, 1
  %175 = add i64 %174, %i24
  %176 = mul i64 %175, 256
  %177 = add i64 %176, %173
  %178 = mul i64 %177, 256
  %179 = add i64 %178, %i28
  %180 = getelementptr float, ptr %79, i64 %179
  store <4 x float> %170, ptr %180, align 4
  %181 = shufflevector <8 x float> %133, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %182 = add i64 %112, 4
  %183 = sdiv i64 %182, 256
  %184 = srem i64 %182, 256
  %185 = mul i64 %183, 1
  %186 = add i64 %185, %i24
  %187 = mul i64 %186, 256
  %188 = add i64 %187, %184
  %189 = mul i64 %188, 256
  %190 = add i64 %189, %i28
  %191 = getelementptr float, ptr %79, i64 %190
  store <4 x float> %181, ptr %191, align 4
  %192 = shufflevector <8 x float> %134, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %193 = add i64 %112, 5
  %194 = sdiv i64 %193, 256
  %195 = srem i64 %193, 256
  %196 = mul i64 %194, 1
  %197 = add i64 %196, %i24
  %198 = mul i64 %197, 256
  %199 = add i64 %198, %195
  %200 = mul i64 %199, 256
  %201 = add i64 %200, %i28
  %202 = getelementptr float, ptr %79, i64 %201
  store <4 x float> %192, ptr %202, align 4
  %203 = shufflevector <8 x float> %135, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %204 = add i64 %112, 6
  %205 = sdiv i64 %204, 256
  %206 = srem i64 %204, 256
  %207 = mul i64 %205, 1
  %208 = add i64 %207, %i24
  %209 = mul i64 %208, 256
  %210 = add i64 %209, %206
  %211 = mul i64 %210, 256
  %212 = add i64 %211, %i28
  %213 = getelementptr float, ptr %79, i64 %212
  store <4 x float> %203, ptr %213, align 4
  %214 = shufflevector <8 x float> %136, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %215 = add i64 %112, 7
  %216 = sdiv i64 %215, 256
  %217 = srem i64 %215, 256
  %218 = mul i64 %216, 1
  %219 = add i64 %218, %i24
  %220 = mul i64 %219, 256
  %221 = add i64 %220, %217
  %222 = mul i64 %221, 256
  %223 = add i64 %222, %i28
  %224 = getelementptr float, ptr %79, i64 %223
  store <4 x float> %214, ptr %224, align 4
  %225 = add i64 %103, 8
  %226 = insertelement <8 x i64> undef, i64 %225, i32 0
  %227 = shufflevector <8 x i64> %226, <8 x i64> undef, <8 x i32> zeroinitializer
  %228 = add <8 x i64> %227, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %229 = icmp slt <8 x i64> %228, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %230 = add i64 1024, %225
  %231 = getelementptr float, ptr %gains, i64 %230
  %232 = load <8 x float>, ptr %231, align 4
  %233 = select <8 x i1> %229, <8 x float> %232, <8 x float> zeroinitializer
  %234 = load <8 x float>, ptr %29, align 32
  %235 = fmul <8 x float> %234, %233
  %236 = load <8 x float>, ptr %26, align 32
  %237 = fmul <8 x float> %236, %233
  %238 = load <8 x float>, ptr %23, align 32
  %239 = fmul <8 x float> %238, %233
  %240 = load <8 x float>, ptr %20, align 32
  %241 = fmul <8 x float> %240, %233
  %242 = shufflevector <8 x float> %235, <8 x float> %237, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %243 = shufflevector <8 x float> %235, <8 x float> %237, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %244 = shufflevector <8 x float> %239, <8 x float> %241, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %245 = shufflevector <8 x float> %239, <8 x float> %241, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %246 = shufflevector <8 x float> %242, <8 x float> %244, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %247 = shufflevector <8 x float> %242, <8 x float> %244, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %248 = shufflevector <8 x float> %243, <8 x float> %245, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %249 = shufflevector <8 x float> %243, <8 x float> %245, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %250 = shufflevector <8 x float> %246, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %251 = add i64 %225, 0
  %252 = sdiv i64 %251, 256
  %253 = srem i64 %251, 256
  %254 = mul i64 %252, 1
  %255 = add i64 %254, %i24
  %256 = mul i64 %255, 256
  %257 = add i64 %256, %253
  %258 = mul i64 %257, 256
  %259 = add i64 %258, %i28
  %260 = getelementptr float, ptr %79, i64 %259
  store <4 x float> %250, ptr %260, align 4
  %261 = shufflevector <8 x float> %247, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %262 = add i64 %225, 1
  %263 = sdiv i64 %262, 256
  %264 = srem i64 %262, 256
  %265 = mul i64 %263, 1
  %266 = add i64 %265, %i24
  %267 = mul i64 %266, 256
  %268 = add i64 %267, %264
  %269 = mul i64 %268, 256
  %270 = add i64 %269, %i28
  %271 = getelementptr float, ptr %79, i64 %270
  store <4 x float> %261, ptr %271, align 4
  %272 = shufflevector <8 x float> %248, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %273 = add i64 %225, 2
  %274 = sdiv i64 %273, 256
  %275 = srem i64 %273, 256
  %276 = mul i64 %274, 1
  %277 = add i64 %276, %i24
  %278 = mul i64 %277, 256
  %279 = add i64 %278, %275
  %280 = mul i64 %279, 256
  %281 = add i64 %280, %i28
  %282 = getelementptr float, ptr %79, i64 %281
  store <4 x float> %272, ptr %282, align 4
  %283 = shufflevector <8 x float> %249, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %284 = add i64 %225, 3
  %285 = sdiv i64 %284, 256
  %286 = srem i64 %284, 256
  %287 = mul i64 %285, 1
  %288 = add i64 %287, %i24
  %289 = mul i64 %288, 256
  %290 = add i64 %289, %286
  %291 = mul i64 %290, 256
  %292 = add i64 %291, %i28
  %293 = getelementptr float, ptr %79, i64 %292
  store <4 x float> %283, ptr %293, align 4
  %294 = shufflevector <8 x float> %246, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %295 = add i64 %225, 4
  %296 = sdiv i64 %295, 256
  %297 = srem i64 %295, 256
  %298 = mul i64 %296, 1
  %299 = add i64 %298, %i24
  %300 = mul i64 %299, 256
  %301 = add i64 %300, %297
  %302 = mul i64 %301, 256
  %303 = add i64 %302, %i28
  %304 = getelementptr float, ptr %79, i64 %303
  store <4 x float> %294, ptr %304, align 4
  %305 = shufflevector <8 x float> %247, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %306 = add i64 %225, 5
  %307 = sdiv i64 %306, 256
  %308 = srem i64 %306, 256
  %309 = mul i64 %307, 1
  %310 = add i64 %309, %i24
  %311 = mul i64 %310, 256
  %312 = add i64 %311, %308
  %313 = mul i64 %312, 256
  %314 = add i64 %313, %i28
  %315 = getelementptr float, ptr %79, i64 %314
  store <4 x float> %305, ptr %315, align 4
  %316 = shufflevector <8 x float> %248, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %317 = add i64 %225, 6
  %318 = sdiv i64 %317, 256
  %319 = srem i64 %317, 256
  %320 = mul i64 %318, 1
  %321 = add i64 %320, %i24
  %322 = mul i64 %321, 256
  %323 = add i64 %322, %319
  %324 = mul i64 %323, 256
  %325 = add i64 %324, %i28
  %326 = getelementptr float, ptr %79, i64 %325
  store <4 x float> %316, ptr %326, align 4
  %327 = shufflevector <8 x float> %249, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %328 = add i64 %225, 7
  %329 = sdiv i64 %328, 256
  %330 = srem i64 %328, 256
  %331 = mul i64 %329, 1
  %332 = add i64 %331, %i24
  %333 = mul i64 %332, 256
  %334 = add i64 %333, %330
  %335 = mul i64 %334, 256
  %336 = add i64 %335, %i28
  %337 = getelementptr float, ptr %79, i64 %336
  store <4 x float> %327, ptr %337, align 4
  %338 = add i64 %103, 16
  %339 = insertelement <8 x i64> undef, i64 %338, i32 0
  %340 = shufflevector <8 x i64> %339, <8 x i64> undef, <8 x i32> zeroinitializer
  %341 = add <8 x i64> %340, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %342 = icmp slt <8 x i64> %341, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %343 = add i64 1024, %338
  %344 = getelementptr float, ptr %gains, i64 %343
  %345 = load <8 x float>, ptr %344, align 4
  %346 = select <8 x i1> %342, <8 x float> %345, <8 x float> zeroinitializer
  %347 = load <8 x float>, ptr %28, align 32
  %348 = fmul <8 x float> %347, %346
  %349 = load <8 x float>, ptr %25, align 32
  %350 = fmul <8 x float> %349, %346
  %351 = load <8 x float>, ptr %22, align 32
  %352 = fmul <8 x float> %351, %346
  %353 = load <8 x float>, ptr %19, align 32
  %354 = fmul <8 x float> %353, %346
  %355 = shufflevector <8 x float> %348, <8 x float> %350, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %356 = shufflevector <8 x float> %348, <8 x float> %350, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %357 = shufflevector <8 x float> %352, <8 x float> %354, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %358 = shufflevector <8 x float> %352, <8 x float> %354, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %359 = shufflevector <8 x float> %355, <8 x float> %357, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %360 = shufflevector <8 x float> %355, <8 x float> %357, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %361 = shufflevector <8 x float> %356, <8 x float> %358, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %362 = shufflevector <8 x float> %356, <8 x float> %358, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %363 = shufflevector <8 x float> %359, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %364 = add i64 %338, 0
  %365 = sdiv i64 %364, 256
  %366 = srem i64 %364, 256
  %367 = mul i64 %365, 1
  %368 = add i64 %367, %i24
  %369 = mul i64 %368, 256
  %370 = add i64 %369, %366
  %371 = mul i64 %370, 256
  %372 = add i64 %371, %i28
  %373 = getelementptr float, ptr %79, i64 %372
  store <4 x float> %363, ptr %373, align 4
  %374 = shufflevector <8 x float> %360, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %375 = add i64 %338, 1
  %376 = sdiv i64 %375, 256
  %377 = srem i64 %375, 256
  %378 = mul i64 %376, 1
  %379 = add i64 %378, %i24
  %380 = mul i64 %379, 256
  %381 = add i64 %380, %377
  %382 = mul i64 %381, 256
  %383 = add i64 %382, %i28
  %384 = getelementptr float, ptr %79, i64 %383
  store <4 x float> %374, ptr %384, align 4
  %385 = shufflevector <8 x float> %361, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %386 = add i64 %338, 2
  %387 = sdiv i64 %386, 256
  %388 = srem i64 %386, 256
  %389 = mul i64 %387, 1
  %390 = add i64 %389, %i24
  %391 = mul i64 %390, 256
  %392 = add i64 %391, %388
  %393 = mul i64 %392, 256
  %394 = add i64 %393, %i28
  %395 = getelementptr float, ptr %79, i64 %394
  store <4 x float> %385, ptr %395, align 4
  %396 = shufflevector <8 x float> %362, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %397 = add i64 %338, 3
  %398 = sdiv i64 %397, 256
  %399 = srem i64 %397, 256
  %400 = mul i64 %398, 1
  %401 = add i64 %400, %i24
  %402 = mul i64 %401, 256
  %403 = add i64 %402, %399
  %404 = mul i64 %403, 256
  %405 = add i64 %404, %i28
  %406 = getelementptr float, ptr %79, i64 %405
  store <4 x float> %396, ptr %406, align 4
  %407 = shufflevector <8 x float> %359, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %408 = add i64 %338, 4
  %409 = sdiv i64 %408, 256
  %410 = srem i64 %408, 256
  %411 = mul i64 %409, 1
  %412 = add i64 %411, %i24
  %413 = mul i64 %412, 256
  %414 = add i64 %413, %410
  %415 = mul i64 %414, 256
  %416 = add i64 %415, %i28
  %417 = getelementptr float, ptr %79, i64 %416
  store <4 x float> %407, ptr %417, align 4
  %418 = shufflevector <8 x float> %360, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %419 = add i64 %338, 5
  %420 = sdiv i64 %419, 256
  %421 = srem i64 %419, 256
  %422 = mul i64 %420, 1
  %423 = add i64 %422, %i24
  %424 = mul i64 %423, 256
  %425 = add i64 %424, %421
  %426 = mul i64 %425, 256
  %427 = add i64 %426, %i28
  %428 = getelementptr float, ptr %79, i64 %427
  store <4 x float> %418, ptr %428, align 4
  %429 = shufflevector <8 x float> %361, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %430 = add i64 %338, 6
  %431 = sdiv i64 %430, 256
  %432 = srem i64 %430, 256
  %433 = mul i64 %431, 1
  %434 = add i64 %433, %i24
  %435 = mul i64 %434, 256
  %436 = add i64 %435, %432
  %437 = mul i64 %436, 256
  %438 = add i64 %437, %i28
  %439 = getelementptr float, ptr %79, i64 %438
  store <4 x float> %429, ptr %439, align 4
  %440 = shufflevector <8 x float> %362, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %441 = add i64 %338, 7
  %442 = sdiv i64 %441, 256
  %443 = srem i64 %441, 256
  %444 = mul i64 %442, 1
  %445 = add i64 %444, %i24
  %446 = mul i64 %445, 256
  %447 = add i64 %446, %443
  %448 = mul i64 %447, 256
  %449 = add i64 %448, %i28
  %450 = getelementptr float, ptr %79, i64 %449
  store <4 x float> %440, ptr %450, align 4
  %451 = add i64 %i32, 24
  br label %loop29

loop33:                                           ; preds = %join38, %then
  %i36 = phi i64 [ 0, %then ], [ %528, %join38 ]
  %452 = icmp slt i64 %i36, %batch
  br i1 %452, label %body34, label %done35

body34:                                           ; preds = %loop33
  %453 = mul i64 %i36, 2064
  %454 = add i64 %453, 512
  %455 = getelementptr float, ptr %dacts, i64 %454
  %456 = getelementptr float, ptr %455, i64 %103
  %457 = add i64 %i36, 4
  %458 = mul i64 %457, 2064
  %459 = add i64 %458, 512
  %460 = getelementptr float, ptr %dacts, i64 %459
  %461 = getelementptr float, ptr %460, i64 %103
  call void @llvm.prefetch.p0(ptr %461, i32 0, i32 3, i32 1)
  %462 = mul i64 %i24, 256
  %463 = add i64 %462, %i28
  %464 = mul i64 %457, 2064
  %465 = add i64 %464, 0
  %466 = getelementptr float, ptr %acts, i64 %465
  %467 = getelementptr float, ptr %466, i64 %463
  call void @llvm.prefetch.p0(ptr %467, i32 0, i32 3, i32 1)
  %468 = getelementptr float, ptr %456, i64 0
  %469 = load <8 x float>, ptr %468, align 4
  %470 = bitcast <8 x float> %469 to <8 x i32>
  %471 = getelementptr float, ptr %456, i64 8
  %472 = load <8 x float>, ptr %471, align 4
  %473 = bitcast <8 x float> %472 to <8 x i32>
  %474 = or <8 x i32> %470, %473
  %475 = getelementptr float, ptr %456, i64 16
  %476 = load <8 x float>, ptr %475, align 4
  %477 = bitcast <8 x float> %476 to <8 x i32>
  %478 = or <8 x i32> %474, %477
  %479 = and <8 x i32> %478, <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %480 = icmp ne <8 x i32> %479, zeroinitializer
  %481 = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> %480)
  br i1 %481, label %then37, label %join38

done35:                                           ; preds = %loop33
  br label %join

then37:                                           ; preds = %body34
  %482 = mul i64 %i24, 256
  %483 = add i64 %482, %i28
  %484 = mul i64 %i36, 2064
  %485 = add i64 %484, 0
  %486 = getelementptr float, ptr %acts, i64 %485
  %487 = getelementptr float, ptr %486, i64 %483
  %488 = getelementptr float, ptr %487, i64 0
  %489 = load float, ptr %488, align 4
  %490 = getelementptr float, ptr %487, i64 1
  %491 = load float, ptr %490, align 4
  %492 = getelementptr float, ptr %487, i64 2
  %493 = load float, ptr %492, align 4
  %494 = getelementptr float, ptr %487, i64 3
  %495 = load float, ptr %494, align 4
  %496 = insertelement <8 x float> undef, float %489, i32 0
  %497 = shufflevector <8 x float> %496, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, ptr %30, align 32
  %499 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %497, <8 x float> %469, <8 x float> %498)
  store <8 x float> %499, ptr %30, align 32
  %500 = load <8 x float>, ptr %29, align 32
  %501 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %497, <8 x float> %472, <8 x float> %500)
  store <8 x float> %501, ptr %29, align 32
  %502 = load <8 x float>, ptr %28, align 32
  %503 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %497, <8 x float> %476, <8 x float> %502)
  store <8 x float> %503, ptr %28, align 32
  %504 = insertelement <8 x float> undef, float %491, i32 0
  %505 = shufflevector <8 x float> %504, <8 x float> undef, <8 x i32> zeroinitializer
  %506 = load <8 x float>, ptr %27, align 32
  %507 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %505, <8 x float> %469, <8 x float> %506)
  store <8 x float> %507, ptr %27, align 32
  %508 = load <8 x float>, ptr %26, align 32
  %509 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %505, <8 x float> %472, <8 x float> %508)
  store <8 x float> %509, ptr %26, align 32
  %510 = load <8 x float>, ptr %25, align 32
  %511 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %505, <8 x float> %476, <8 x float> %510)
  store <8 x float> %511, ptr %25, align 32
  %512 = insertelement <8 x float> undef, float %493, i32 0
  %513 = shufflevector <8 x float> %512, <8 x float> undef, <8 x i32> zeroinitializer
  %514 = load <8 x float>, ptr %24, align 32
  %515 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %513, <8 x float> %469, <8 x float> %514)
  store <8 x float> %515, ptr %24, align 32
  %516 = load <8 x float>, ptr %23, align 32
  %517 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %513, <8 x float> %472, <8 x float> %516)
  store <8 x float> %517, ptr %23, align 32
  %518 = load <8 x float>, ptr %22, align 32
  %519 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %513, <8 x float> %476, <8 x float> %518)
  store <8 x float> %519, ptr %22, align 32
  %520 = insertelement <8 x float> undef, float %495, i32 0
  %521 = shufflevector <8 x float> %520, <8 x float> undef, <8 x i32> zeroinitializer
  %522 = load <8 x float>, ptr %21, align 32
  %523 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %521, <8 x float> %469, <8 x float> %522)
  store <8 x float> %523, ptr %21, align 32
  %524 = load <8 x float>, ptr %20, align 32
  %525 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %521, <8 x float> %472, <8 x float> %524)
  store <8 x float> %525, ptr %20, align 32
  %526 = load <8 x float>, ptr %19, align 32
  %527 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %521, <8 x float> %476, <8 x float> %526)
  store <8 x float> %527, ptr %19, align 32
  br label %join38

join38:                                           ; preds = %then37, %body34
  %528 = add i64 %i36, 1
  br label %loop33

loop39:                                           ; preds = %done45, %done19
  %i42 = phi i64 [ 0, %done19 ], [ %538, %done45 ]
  %529 = icmp slt i64 %i42, 1
  br i1 %529, label %body40, label %done41

body40:                                           ; preds = %loop39
  br label %loop43

done41:                                           ; preds = %loop39
  %530 = icmp sgt i64 %u0, 256
  %531 = select i1 %530, i64 %u0, i64 256
  %532 = icmp slt i64 %u1, 512
  %533 = select i1 %532, i64 %u1, i64 512
  %534 = icmp slt i64 %533, %531
  %535 = select i1 %534, i64 %531, i64 %533
  %536 = getelementptr float, ptr %grads, i64 197904
  br label %loop57

loop43:                                           ; preds = %done49, %body40
  %i46 = phi i64 [ 0, %body40 ], [ %555, %done49 ]
  %537 = icmp slt i64 %i46, 256
  br i1 %537, label %body44, label %done45

body44:                                           ; preds = %loop43
  br label %loop47

done45:                                           ; preds = %loop43
  %538 = add i64 %i42, 1
  br label %loop39

loop47:                                           ; preds = %done53, %body44
  %i50 = phi i64 [ %78, %body44 ], [ %571, %done53 ]
  %539 = icmp slt i64 %i50, %38
  br i1 %539, label %body48, label %done49

body48:                                           ; preds = %loop47
  %540 = sub i64 %i50, 0
  %541 = sdiv i64 %540, 256
  %542 = srem i64 %540, 256
  %543 = icmp slt i64 %540, 256
  %544 = add i64 1024, %540
  %545 = getelementptr float, ptr %gains, i64 %544
  %546 = load float, ptr %545, align 4
  %547 = select i1 %543, float %546, float 0.000000e+00
  %548 = mul i64 %541, 1
  %549 = add i64 %548, %i42
  %550 = mul i64 %549, 256
  %551 = add i64 %550, %542
  %552 = mul i64 %551, 256
  %553 = add i64 %552, %i46
  %554 = getelementptr float, ptr %97, i64 %553
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  br label %loop51

done49:                                           ; preds = %loop47
  %555 = add i64 %i46, 16
  br label %loop43

loop51:                                           ; preds = %join56, %body48
  %i54 = phi i64 [ 0, %body48 ], [ %588, %join56 ]
  %556 = icmp slt i64 %i54, %batch
  br i1 %556, label %body52, label %done53

body52:                                           ; preds = %loop51
  %557 = mul i64 %i54, 2064
  %558 = add i64 %557, 512
  %559 = getelementptr float, ptr %dacts, i64 %558
  %560 = getelementptr float, ptr %559, i64 %540
  %561 = load float, ptr %560, align 4
  %562 = fcmp une float %561, 0.000000e+00
  br i1 %562, label %then55, label %join56

done53:                                           ; preds = %loop51
  %563 = insertelement <8 x float> undef, float %547, i32 0
  %564 = shufflevector <8 x float> %563, <8 x float> undef, <8 x i32> zeroinitializer
  %565 = getelementptr float, ptr %554, i64 0
  %566 = load <8 x float>, ptr %18, align 32
  %567 = fmul <8 x float> %566, %564
  store <8 x float> %567, ptr %565, align 4
  %568 = getelementptr float, ptr %554, i64 8
  %569 = load <8 x float>, ptr %17, align 32
  %570 = fmul <8 x float> %569, %564
  store <8 x float> %570, ptr %568, align 4
  %571 = add i64 %i50, 1
  br label %loop47

then55:                                           ; preds = %body52
  %572 = mul i64 %i42, 256
  %573 = add i64 %572, %i46
  %574 = mul i64 %i54, 2064
  %575 = add i64 %574, 0
  %576 = getelementptr float, ptr %acts, i64 %575
  %577 = getelementptr float, ptr %576, i64 %573
  %578 = getelementptr float, ptr %577, i64 0
  %579 = load <8 x float>, ptr %578, align 4
  %580 = getelementptr float, ptr %577, i64 8
  %581 = load <8 x float>, ptr %580, align 4
  %582 = insertelement <8 x float> undef, float %561, i32 0
  %583 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %584 = load <8 x float>, ptr %18, align 32
  %585 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %583, <8 x float> %579, <8 x float> %584)
  store <8 x float> %585, ptr %18, align 32
  %586 = load <8 x float>, ptr %17, align 32
  %587 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %583, <8 x float> %581, <8 x float> %586)
  store <8 x float> %587, ptr %17, align 32
  br label %join56

join56:                                           ; preds = %then55, %body52
  %588 = add i64 %i54, 1
  br label %loop51

loop57:                                           ; preds = %done63, %done41
  %i60 = phi i64 [ %531, %done41 ], [ %603, %done63 ]
  %589 = icmp slt i64 %i60, %535
  br i1 %589, label %body58, label %done59

body58:                                           ; preds = %loop57
  %590 = sub i64 %i60, 256
  %591 = sdiv i64 %590, 256
  %592 = srem i64 %590, 256
  %593 = icmp slt i64 %590, 4
  store float 0.000000e+00, ptr %16, align 4
  br label %loop61

done59:                                           ; preds = %loop57
  br label %loop69

loop61:                                           ; preds = %done67, %body58
  %i64 = phi i64 [ 0, %body58 ], [ %622, %done67 ]
  %594 = icmp slt i64 %i64, %batch
  br i1 %594, label %body62, label %done63

body62:                                           ; preds = %loop61
  %595 = mul i64 %i64, 2064
  %596 = add i64 %595, 1536
  %597 = getelementptr float, ptr %acts, i64 %596
  store float 0.000000e+00, ptr %15, align 4
  br label %loop65

done63:                                           ; preds = %loop61
  %598 = load float, ptr %16, align 4
  %599 = select i1 %593, float %598, float 0.000000e+00
  %600 = mul i64 %591, 65536
  %601 = add i64 %600, %592
  %602 = getelementptr float, ptr %536, i64 %601
  store float %599, ptr %602, align 4
  %603 = add i64 %i60, 1
  br label %loop57

loop65:                                           ; preds = %body66, %body62
  %i68 = phi i64 [ 0, %body62 ], [ %613, %body66 ]
  %604 = icmp slt i64 %i68, 1
  br i1 %604, label %body66, label %done67

body66:                                           ; preds = %loop65
  %605 = mul i64 %591, 1
  %606 = add i64 %605, %i68
  %607 = mul i64 %606, 256
  %608 = add i64 %607, %592
  %609 = getelementptr float, ptr %597, i64 %608
  %610 = load float, ptr %609, align 4
  %611 = load float, ptr %15, align 4
  %612 = fadd float %611, %610
  store float %612, ptr %15, align 4
  %613 = add i64 %i68, 1
  br label %loop65

done67:                                           ; preds = %loop65
  %614 = mul i64 %i64, 2064
  %615 = add i64 %614, 1792
  %616 = getelementptr float, ptr %dacts, i64 %615
  %617 = getelementptr float, ptr %616, i64 %590
  %618 = load float, ptr %617, align 4
  %619 = load float, ptr %16, align 4
  %620 = load float, ptr %15, align 4
  %621 = call float @llvm.fmuladd.f32(float %618, float %620, float %619)
  store float %621, ptr %16, align 4
  %622 = add i64 %i64, 1
  br label %loop61

loop69:                                           ; preds = %done75, %done59
  %i72 = phi i64 [ 1, %done59 ], [ %641, %done75 ]
  %623 = icmp slt i64 %i72, 256
  br i1 %623, label %body70, label %done71

body70:                                           ; preds = %loop69
  br label %loop73

done71:                                           ; preds = %loop69
  %624 = sub i64 %535, %531
  %625 = sdiv i64 %624, 24
  %626 = mul i64 %625, 24
  %627 = add i64 %531, %626
  %628 = getelementptr float, ptr %grads, i64 132368
  br label %loop77

loop73:                                           ; preds = %body74, %body70
  %i76 = phi i64 [ %531, %body70 ], [ %640, %body74 ]
  %629 = icmp slt i64 %i76, %535
  br i1 %629, label %body74, label %done75

body74:                                           ; preds = %loop73
  %630 = sub i64 %i76, 256
  %631 = srem i64 %630, 256
  %632 = sdiv i64 %630, 256
  %633 = mul i64 %632, 65536
  %634 = add i64 %633, %631
  %635 = mul i64 %i72, 256
  %636 = add i64 %634, %635
  %637 = getelementptr float, ptr %536, i64 %636
  %638 = getelementptr float, ptr %536, i64 %634
  %639 = load float, ptr %638, align 4
  store float %639, ptr %637, align 4
  %640 = add i64 %i76, 1
  br label %loop73

done75:                                           ; preds = %loop73
  %641 = add i64 %i72, 1
  br label %loop69

loop77:                                           ; preds = %done83, %done71
  %i80 = phi i64 [ %531, %done71 ], [ %648, %done83 ]
  %642 = icmp slt i64 %i80, %627
  br i1 %642, label %body78, label %done79

body78:                                           ; preds = %loop77
  %643 = add i64 %i80, 96
  %644 = icmp slt i64 %643, %627
  %645 = select i1 %644, i64 %643, i64 %627
  br label %loop81

done79:                                           ; preds = %loop77
  %646 = getelementptr float, ptr %grads, i64 132368
  br label %loop101

loop81:                                           ; preds = %done87, %body78
  %i84 = phi i64 [ 0, %body78 ], [ %650, %done87 ]
  %647 = icmp slt i64 %i84, 1
  br i1 %647, label %body82, label %done83

body82:                                           ; preds = %loop81
  br label %loop85

done83:                                           ; preds = %loop81
  %648 = add i64 %i80, 96
  br label %loop77

loop85:                                           ; preds = %done91, %body82
  %i88 = phi i64 [ 0, %body82 ], [ %660, %done91 ]
  %649 = icmp slt i64 %i88, 256
  br i1 %649, label %body86, label %done87

body86:                                           ; preds = %loop85
  br label %loop89

done87:                                           ; preds = %loop85
  %650 = add i64 %i84, 1
  br label %loop81

loop89:                                           ; preds = %join94, %body86
  %i92 = phi i64 [ %i80, %body86 ], [ %1000, %join94 ]
  %651 = icmp slt i64 %i92, %645
  br i1 %651, label %body90, label %done91

body90:                                           ; preds = %loop89
  %652 = sub i64 %i92, 256
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  %653 = icmp slt i64 %652, 4
  %654 = mul i64 %i84, 256
  %655 = sub i64 256, %654
  %656 = call i64 @llvm.smin.i64(i64 %655, i64 256)
  %657 = call i64 @llvm.smax.i64(i64 %656, i64 0)
  %658 = icmp slt i64 %i88, %657
  %659 = and i1 %658, %653
  br i1 %659, label %then93, label %join94

done91:                                           ; preds = %loop89
  %660 = add i64 %i88, 4
  br label %loop85

then93:                                           ; preds = %body90
  br label %loop95

join94:                                           ; preds = %done97, %body90
  %661 = add i64 %652, 0
  %662 = insertelement <8 x i64> undef, i64 %661, i32 0
  %663 = shufflevector <8 x i64> %662, <8 x i64> undef, <8 x i32> zeroinitializer
  %664 = add <8 x i64> %663, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %665 = icmp slt <8 x i64> %664, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %666 = add i64 1280, %661
  %667 = getelementptr float, ptr %gains, i64 %666
  %668 = load <8 x float>, ptr %667, align 4
  %669 = select <8 x i1> %665, <8 x float> %668, <8 x float> zeroinitializer
  %670 = load <8 x float>, ptr %14, align 32
  %671 = fmul <8 x float> %670, %669
  %672 = load <8 x float>, ptr %11, align 32
  %673 = fmul <8 x float> %672, %669
  %674 = load <8 x float>, ptr %8, align 32
  %675 = fmul <8 x float> %674, %669
  %676 = load <8 x float>, ptr %5, align 32
  %677 = fmul <8 x float> %676, %669
  %678 = shufflevector <8 x float> %671, <8 x float> %673, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %679 = shufflevector <8 x float> %671, <8 x float> %673, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %680 = shufflevector <8 x float> %675, <8 x float> %677, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %681 = shufflevector <8 x float> %675, <8 x float> %677, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %682 = shufflevector <8 x float> %678, <8 x float> %680, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %683 = shufflevector <8 x float> %678, <8 x float> %680, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %684 = shufflevector <8 x float> %679, <8 x float> %681, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %685 = shufflevector <8 x float> %679, <8 x float> %681, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %686 = shufflevector <8 x float> %682, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %687 = add i64 %661, 0
  %688 = sdiv i64 %687, 256
  %689 = srem i64 %687, 256
  %690 = mul i64 %688, 1
  %691 = add i64 %690, %i84
  %692 = mul i64 %691, 256
  %693 = add i64 %692, %689
  %694 = mul i64 %693, 256
  %695 = add i64 %694, %i88
  %696 = getelementptr float, ptr %628, i64 %695
  store <4 x float> %686, ptr %696, align 4
  %697 = shufflevector <8 x float> %683, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %698 = add i64 %661, 1
  %699 = sdiv i64 %698, 256
  %700 = srem i64 %698, 256
  %701 = mul i64 %699, 1
  %702 = add i64 %701, %i84
  %703 = mul i64 %702, 256
  %704 = add i64 %703, %700
  %705 = mul i64 %704, 256
  %706 = add i64 %705, %i88
  %707 = getelementptr float, ptr %628, i64 %706
  store <4 x float> %697, ptr %707, align 4
  %708 = shufflevector <8 x float> %684, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %709 = add i64 %661, 2
  %710 = sdiv i64 %709, 256
  %711 = srem i64 %709, 256
  %712 = mul i64 %710, 1
  %713 = add i64 %712, %i84
  %714 = mul i64 %713, 256
  %715 = add i64 %714, %711
  %716 = mul i64 %715, 256
  %717 = add i64 %716, %i88
  %718 = getelementptr float, ptr %628, i64 %717
  store <4 x float> %708, ptr %718, align 4
  %719 = shufflevector <8 x float> %685, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %720 = add i64 %661, 3
  %721 = sdiv i64 %720, 256
  %722 = srem i64 %720, 256
  %723 = mul i64 %721, 1
  %724 = add i64 %723, %i84
  %725 = mul i64 %724, 256
  %726 = add i64 %725, %722
  %727 = mul i64 %726, 256
  %728 = add i64 %727, %i88
  %729 = getelementptr float, ptr %628, i64 %728
  store <4 x float> %719, ptr %729, align 4
  %730 = shufflevector <8 x float> %682, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %731 = add i64 %661, 4
  %732 = sdiv i64 %731, 256
  %733 = srem i64 %731, 256
  %734 = mul i64 %732, 1
  %735 = add i64 %734, %i84
  %736 = mul i64 %735, 256
  %737 = add i64 %736, %733
  %738 = mul i64 %737, 256
  %739 = add i64 %738, %i88
  %740 = getelementptr float, ptr %628, i64 %739
  store <4 x float> %730, ptr %740, align 4
  %741 = shufflevector <8 x float> %683, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %742 = add i64 %661, 5
  %743 = sdiv i64 %742, 256
  %744 = srem i64 %742, 256
  %745 = mul i64 %743, 1
  %746 = add i64 %745, %i84
  %747 = mul i64 %746, 256
  %748 = add i64 %747, %744
  %749 = mul i64 %748, 256
  %750 = add i64 %749, %i88
  %751 = getelementptr float, ptr %628, i64 %750
  store <4 x float> %741, ptr %751, align 4
  %752 = shufflevector <8 x float> %684, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %753 = add i64 %661, 6
  %754 = sdiv i64 %753, 256
  %755 = srem i64 %753, 256
  %756 = mul i64 %754, 1
  %757 = add i64 %756, %i84
  %758 = mul i64 %757, 256
  %759 = add i64 %758, %755
  %760 = mul i64 %759, 256
  %761 = add i64 %760, %i88
  %762 = getelementptr float, ptr %628, i64 %761
  store <4 x float> %752, ptr %762, align 4
  %763 = shufflevector <8 x float> %685, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %764 = add i64 %661, 7
  %765 = sdiv i64 %764, 256
  %766 = srem i64 %764, 256
  %767 = mul i64 %765, 1
  %768 = add i64 %767, %i84
  %769 = mul i64 %768, 256
  %770 = add i64 %769, %766
  %771 = mul i64 %770, 256
  %772 = add i64 %771, %i88
  %773 = getelementptr float, ptr %628, i64 %772
  store <4 x float> %763, ptr %773, align 4
  %774 = add i64 %652, 8
  %775 = insertelement <8 x i64> undef, i64 %774, i32 0
  %776 = shufflevector <8 x i64> %775, <8 x i64> undef, <8 x i32> zeroinitializer
  %777 = add <8 x i64> %776, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %778 = icmp slt <8 x i64> %777, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %779 = add i64 1280, %774
  %780 = getelementptr float, ptr %gains, i64 %779
  %781 = load <8 x float>, ptr %780, align 4
  %782 = select <8 x i1> %778, <8 x float> %781, <8 x float> zeroinitializer
  %783 = load <8 x float>, ptr %13, align 32
  %784 = fmul <8 x float> %783, %782
  %785 = load <8 x float>, ptr %10, align 32
  %786 = fmul <8 x float> %785, %782
  %787 = load <8 x float>, ptr %7, align 32
  %788 = fmul <8 x float> %787, %782
  %789 = load <8 x float>, ptr %4, align 32
  %790 = fmul <8 x float> %789, %782
  %791 = shufflevector <8 x float> %784, <8 x float> %786, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %792 = shufflevector <8 x float> %784, <8 x float> %786, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %793 = shufflevector <8 x float> %788, <8 x float> %790, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %794 = shufflevector <8 x float> %788, <8 x float> %790, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %795 = shufflevector <8 x float> %791, <8 x float> %793, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %796 = shufflevector <8 x float> %791, <8 x float> %793, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %797 = shufflevector <8 x float> %792, <8 x float> %794, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %798 = shufflevector <8 x float> %792, <8 x float> %794, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %799 = shufflevector <8 x float> %795, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %800 = add i64 %774, 0
  %801 = sdiv i64 %800, 256
  %802 = srem i64 %800, 256
  %803 = mul i64 %801, 1
  %804 = add i64 %803, %i84
  %805 = mul i64 %804, 256
  %806 = add i64 %805, %802
  %807 = mul i64 %806, 256
  %808 = add i64 %807, %i88
  %809 = getelementptr float, ptr %628, i64 %808
  store <4 x float> %799, ptr %809, align 4
  %810 = shufflevector <8 x float> %796, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %811 = add i64 %774, 1
  %812 = sdiv i64 %811, 256
  %813 = srem i64 %811, 256
  %814 = mul i64 %812, 1
  %815 = add i64 %814, %i84
  %816 = mul i64 %815, 256
  %817 = add i64 %816, %813
  %818 = mul i64 %817, 256
  %819 = add i64 %818, %i88
  %820 = getelementptr float, ptr %628, i64 %819
  store <4 x float> %810, ptr %820, align 4
  %821 = shufflevector <8 x float> %797, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %822 = add i64 %774, 2
  %823 = sdiv i64 %822, 256
  %824 = srem i64 %822, 256
  %825 = mul i64 %823, 1
  %826 = add i64 %825, %i84
  %827 = mul i64 %826, 256
  %828 = add i64 %827, %824
  %829 = mul i64 %828, 256
  %830 = add i64 %829, %i88
  %831 = getelementptr float, ptr %628, i64 %830
  store <4 x float> %821, ptr %831, align 4
  %832 = shufflevector <8 x float> %798, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %833 = add i64 %774, 3
  %834 = sdiv i64 %833, 256
  %835 = srem i64 %833, 256
  %836 = mul i64 %834, 1
  %837 = add i64 %836, %i84
  %838 = mul i64 %837, 256
  %839 = add i64 %838, %835
  %840 = mul i64 %839, 256
  %841 = add i64 %840, %i88
  %842 = getelementptr float, ptr %628, i64 %841
  store <4 x float> %832, ptr %842, align 4
  %843 = shufflevector <8 x float> %795, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %844 = add i64 %774, 4
  %845 = sdiv i64 %844, 256
  %846 = srem i64 %844, 256
  %847 = mul i64 %845, 1
  %848 = add i64 %847, %i84
  %849 = mul i64 %848, 256
  %850 = add i64 %849, %846
  %851 = mul i64 %850, 256
  %852 = add i64 %851, %i88
  %853 = getelementptr float, ptr %628, i64 %852
  store <4 x float> %843, ptr %853, align 4
  %854 = shufflevector <8 x float> %796, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %855 = add i64 %774, 5
  %856 = sdiv i64 %855, 256
  %857 = srem i64 %855, 256
  %858 = mul i64 %856, 1
  %859 = add i64 %858, %i84
  %860 = mul i64 %859, 256
  %861 = add i64 %860, %857
  %862 = mul i64 %861, 256
  %863 = add i64 %862, %i88
  %864 = getelementptr float, ptr %628, i64 %863
  store <4 x float> %854, ptr %864, align 4
  %865 = shufflevector <8 x float> %797, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %866 = add i64 %774, 6
  %867 = sdiv i64 %866, 256
  %868 = srem i64 %866, 256
  %869 = mul i64 %867, 1
  %870 = add i64 %869, %i84
  %871 = mul i64 %870, 256
  %872 = add i64 %871, %868
  %873 = mul i64 %872, 256
  %874 = add i64 %873, %i88
  %875 = getelementptr float, ptr %628, i64 %874
  store <4 x float> %865, ptr %875, align 4
  %876 = shufflevector <8 x float> %798, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %877 = add i64 %774, 7
  %878 = sdiv i64 %877, 256
  %879 = srem i64 %877, 256
  %880 = mul i64 %878, 1
  %881 = add i64 %880, %i84
  %882 = mul i64 %881, 256
  %883 = add i64 %882, %879
  %884 = mul i64 %883, 256
  %885 = add i64 %884, %i88
  %886 = getelementptr float, ptr %628, i64 %885
  store <4 x float> %876, ptr %886, align 4
  %887 = add i64 %652, 16
  %888 = insertelement <8 x i64> undef, i64 %887, i32 0
  %889 = shufflevector <8 x i64> %888, <8 x i64> undef, <8 x i32> zeroinitializer
  %890 = add <8 x i64> %889, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %891 = icmp slt <8 x i64> %890, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %892 = add i64 1280, %887
  %893 = getelementptr float, ptr %gains, i64 %892
  %894 = load <8 x float>, ptr %893, align 4
  %895 = select <8 x i1> %891, <8 x float> %894, <8 x float> zeroinitializer
  %896 = load <8 x float>, ptr %12, align 32
  %897 = fmul <8 x float> %896, %895
  %898 = load <8 x float>, ptr %9, align 32
  %899 = fmul <8 x float> %898, %895
  %900 = load <8 x float>, ptr %6, align 32
  %901 = fmul <8 x float> %900, %895
  %902 = load <8 x float>, ptr %3, align 32
  %903 = fmul <8 x float> %902, %895
  %904 = shufflevector <8 x float> %897, <8 x float> %899, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %905 = shufflevector <8 x float> %897, <8 x float> %899, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %906 = shufflevector <8 x float> %901, <8 x float> %903, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %907 = shufflevector <8 x float> %901, <8 x float> %903, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %908 = shufflevector <8 x float> %904, <8 x float> %906, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %909 = shufflevector <8 x float> %904, <8 x float> %906, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %910 = shufflevector <8 x float> %905, <8 x float> %907, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %911 = shufflevector <8 x float> %905, <8 x float> %907, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %912 = shufflevector <8 x float> %908, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %913 = add i64 %887, 0
  %914 = sdiv i64 %913, 256
  %915 = srem i64 %913, 256
  %916 = mul i64 %914, 1
  %917 = add i64 %916, %i84
  %918 = mul i64 %917, 256
  %919 = add i64 %918, %915
  %920 = mul i64 %919, 256
  %921 = add i64 %920, %i88
  %922 = getelementptr float, ptr %628, i64 %921
  store <4 x float> %912, ptr %922, align 4
  %923 = shufflevector <8 x float> %909, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %924 = add i64 %887, 1
  %925 = sdiv i64 %924, 256
  %926 = srem i64 %924, 256
  %927 = mul i64 %925, 1
  %928 = add i64 %927, %i84
  %929 = mul i64 %928, 256
  %930 = add i64 %929, %926
  %931 = mul i64 %930, 256
  %932 = add i64 %931, %i88
  %933 = getelementptr float, ptr %628, i64 %932
  store <4 x float> %923, ptr %933, align 4
  %934 = shufflevector <8 x float> %910, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %935 = add i64 %887, 2
  %936 = sdiv i64 %935, 256
  %937 = srem i64 %935, 256
  %938 = mul i64 %936, 1
  %939 = add i64 %938, %i84
  %940 = mul i64 %939, 256
  %941 = add i64 %940, %937
  %942 = mul i64 %941, 256
  %943 = add i64 %942, %i88
  %944 = getelementptr float, ptr %628, i64 %943
  store <4 x float> %934, ptr %944, align 4
  %945 = shufflevector <8 x float> %911, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %946 = add i64 %887, 3
  %947 = sdiv i64 %946, 256
  %948 = srem i64 %946, 256
  %949 = mul i64 %947, 1
  %950 = add i64 %949, %i84
  %951 = mul i64 %950, 256
  %952 = add i64 %951, %948
  %953 = mul i64 %952, 256
  %954 = add i64 %953, %i88
  %955 = getelementptr float, ptr %628, i64 %954
  store <4 x float> %945, ptr %955, align 4
  %956 = shufflevector <8 x float> %908, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %957 = add i64 %887, 4
  %958 = sdiv i64 %957, 256
  %959 = srem i64 %957, 256
  %960 = mul i64 %958, 1
  %961 = add i64 %960, %i84
  %962 = mul i64 %961, 256
  %963 = add i64 %962, %959
  %964 = mul i64 %963, 256
  %965 = add i64 %964, %i88
  %966 = getelementptr float, ptr %628, i64 %965
  store <4 x float> %956, ptr %966, align 4
  %967 = shufflevector <8 x float> %909, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %968 = add i64 %887, 5
  %969 = sdiv i64 %968, 256
  %970 = srem i64 %968, 256
  %971 = mul i64 %969, 1
  %972 = add i64 %971, %i84
  %973 = mul i64 %972, 256
  %974 = add i64 %973, %970
  %975 = mul i64 %974, 256
  %976 = add i64 %975, %i88
  %977 = getelementptr float, ptr %628, i64 %976
  store <4 x float> %967, ptr %977, align 4
  %978 = shufflevector <8 x float> %910, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %979 = add i64 %887, 6
  %980 = sdiv i64 %979, 256
  %981 = srem i64 %979, 256
  %982 = mul i64 %980, 1
  %983 = add i64 %982, %i84
  %984 = mul i64 %983, 256
  %985 = add i64 %984, %981
  %986 = mul i64 %985, 256
  %987 = add i64 %986, %i88
  %988 = getelementptr float, ptr %628, i64 %987
  store <4 x float> %978, ptr %988, align 4
  %989 = shufflevector <8 x float> %911, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %990 = add i64 %887, 7
  %991 = sdiv i64 %990, 256
  %992 = srem i64 %990, 256
  %993 = mul i64 %991, 1
  %994 = add i64 %993, %i84
  %995 = mul i64 %994, 256
  %996 = add i64 %995, %992
  %997 = mul i64 %996, 256
  %998 = add i64 %997, %i88
  %999 = getelementptr float, ptr %628, i64 %998
  store <4 x float> %989, ptr %999, align 4
  %1000 = add i64 %i92, 24
  br label %loop89

loop95:                                           ; preds = %join100, %then93
  %i98 = phi i64 [ 0, %then93 ], [ %1077, %join100 ]
  %1001 = icmp slt i64 %i98, %batch
  br i1 %1001, label %body96, label %done97

body96:                                           ; preds = %loop95
  %1002 = mul i64 %i98, 2064
  %1003 = add i64 %1002, 1792
  %1004 = getelementptr float, ptr %dacts, i64 %1003
  %1005 = getelementptr float, ptr %1004, i64 %652
  %1006 = add i64 %i98, 4
  %1007 = mul i64 %1006, 2064
  %1008 = add i64 %1007, 1792
  %1009 = getelementptr float, ptr %dacts, i64 %1008
  %1010 = getelementptr float, ptr %1009, i64 %652
  call void @llvm.prefetch.p0(ptr %1010, i32 0, i32 3, i32 1)
  %1011 = mul i64 %i84, 256
  %1012 = add i64 %1011, %i88
  %1013 = mul i64 %1006, 2064
  %1014 = add i64 %1013, 1280
  %1015 = getelementptr float, ptr %acts, i64 %1014
  %1016 = getelementptr float, ptr %1015, i64 %1012
  call void @llvm.prefetch.p0(ptr %1016, i32 0, i32 3, i32 1)
  %1017 = getelementptr float, ptr %1005, i64 0
  %1018 = load <8 x float>, ptr %1017, align 4
  %1019 = bitcast <8 x float> %1018 to <8 x i32>
  %1020 = getelementptr float, ptr %1005, i64 8
  %1021 = load <8 x float>, ptr %1020, align 4
  %1022 = bitcast <8 x float> %1021 to <8 x i32>
  %1023 = or <8 x i32> %1019, %1022
  %1024 = getelementptr float, ptr %1005, i64 16
  %1025 = load <8 x float>, ptr %1024, align 4
  %1026 = bitcast <8 x float> %1025 to <8 x i32>
  %1027 = or <8 x i32> %1023, %1026
  %1028 = and <8 x i32> %1027, <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %1029 = icmp ne <8 x i32> %1028, zeroinitializer
  %1030 = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> %1029)
  br i1 %1030, label %then99, label %join100

done97:                                           ; preds = %loop95
  br label %join94

then99:                                           ; preds = %body96
  %1031 = mul i64 %i84, 256
  %1032 = add i64 %1031, %i88
  %1033 = mul i64 %i98, 2064
  %1034 = add i64 %1033, 1280
  %1035 = getelementptr float, ptr %acts, i64 %1034
  %1036 = getelementptr float, ptr %1035, i64 %1032
  %1037 = getelementptr float, ptr %1036, i64 0
  %1038 = load float, ptr %1037, align 4
  %1039 = getelementptr float, ptr %1036, i64 1
  %1040 = load float, ptr %1039, align 4
  %1041 = getelementptr float, ptr %1036, i64 2
  %1042 = load float, ptr %1041, align 4
  %1043 = getelementptr float, ptr %1036, i64 3
  %1044 = load float, ptr %1043, align 4
  %1045 = insertelement <8 x float> undef, float %1038, i32 0
  %1046 = shufflevector <8 x float> %1045, <8 x float> undef, <8 x i32> zeroinitializer
  %1047 = load <8 x float>, ptr %14, align 32
  %1048 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1046, <8 x float> %1018, <8 x float> %1047)
  store <8 x float> %1048, ptr %14, align 32
  %1049 = load <8 x float>, ptr %13, align 32
  %1050 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1046, <8 x float> %1021, <8 x float> %1049)
  store <8 x float> %1050, ptr %13, align 32
  %1051 = load <8 x float>, ptr %12, align 32
  %1052 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1046, <8 x float> %1025, <8 x float> %1051)
  store <8 x float> %1052, ptr %12, align 32
  %1053 = insertelement <8 x float> undef, float %1040, i32 0
  %1054 = shufflevector <8 x float> %1053, <8 x float> undef, <8 x i32> zeroinitializer
  %1055 = load <8 x float>, ptr %11, align 32
  %1056 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1054, <8 x float> %1018, <8 x float> %1055)
  store <8 x float> %1056, ptr %11, align 32
  %1057 = load <8 x float>, ptr %10, align 32
  %1058 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1054, <8 x float> %1021, <8 x float> %1057)
  store <8 x float> %1058, ptr %10, align 32
  %1059 = load <8 x float>, ptr %9, align 32
  %1060 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1054, <8 x float> %1025, <8 x float> %1059)
  store <8 x float> %1060, ptr %9, align 32
  %1061 = insertelement <8 x float> undef, float %1042, i32 0
  %1062 = shufflevector <8 x float> %1061, <8 x float> undef, <8 x i32> zeroinitializer
  %1063 = load <8 x float>, ptr %8, align 32
  %1064 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1062, <8 x float> %1018, <8 x float> %1063)
  store <8 x float> %1064, ptr %8, align 32
  %1065 = load <8 x float>, ptr %7, align 32
  %1066 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1062, <8 x float> %1021, <8 x float> %1065)
  store <8 x float> %1066, ptr %7, align 32
  %1067 = load <8 x float>, ptr %6, align 32
  %1068 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1062, <8 x float> %1025, <8 x float> %1067)
  store <8 x float> %1068, ptr %6, align 32
  %1069 = insertelement <8 x float> undef, float %1044, i32 0
  %1070 = shufflevector <8 x float> %1069, <8 x float> undef, <8 x i32> zeroinitializer
  %1071 = load <8 x float>, ptr %5, align 32
  %1072 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1070, <8 x float> %1018, <8 x float> %1071)
  store <8 x float> %1072, ptr %5, align 32
  %1073 = load <8 x float>, ptr %4, align 32
  %1074 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1070, <8 x float> %1021, <8 x float> %1073)
  store <8 x float> %1074, ptr %4, align 32
  %1075 = load <8 x float>, ptr %3, align 32
  %1076 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1070, <8 x float> %1025, <8 x float> %1075)
  store <8 x float> %1076, ptr %3, align 32
  br label %join100

join100:                                          ; preds = %then99, %body96
  %1077 = add i64 %i98, 1
  br label %loop95

loop101:                                          ; preds = %done107, %done79
  %i104 = phi i64 [ 0, %done79 ], [ %1083, %done107 ]
  %1078 = icmp slt i64 %i104, 1
  br i1 %1078, label %body102, label %done103

body102:                                          ; preds = %loop101
  br label %loop105

done103:                                          ; preds = %loop101
  %1079 = icmp sgt i64 %u1, 512
  %1080 = icmp sle i64 %u0, 512
  %1081 = and i1 %1080, %1079
  br i1 %1081, label %then119, label %join120

loop105:                                          ; preds = %done111, %body102
  %i108 = phi i64 [ 0, %body102 ], [ %1100, %done111 ]
  %1082 = icmp slt i64 %i108, 256
  br i1 %1082, label %body106, label %done107

body106:                                          ; preds = %loop105
  br label %loop109

done107:                                          ; preds = %loop105
  %1083 = add i64 %i104, 1
  br label %loop101

loop109:                                          ; preds = %done115, %body106
  %i112 = phi i64 [ %627, %body106 ], [ %1116, %done115 ]
  %1084 = icmp slt i64 %i112, %535
  br i1 %1084, label %body110, label %done111

body110:                                          ; preds = %loop109
  %1085 = sub i64 %i112, 256
  %1086 = sdiv i64 %1085, 256
  %1087 = srem i64 %1085, 256
  %1088 = icmp slt i64 %1085, 4
  %1089 = add i64 1280, %1085
  %1090 = getelementptr float, ptr %gains, i64 %1089
  %1091 = load float, ptr %1090, align 4
  %1092 = select i1 %1088, float %1091, float 0.000000e+00
  %1093 = mul i64 %1086, 1
  %1094 = add i64 %1093, %i104
  %1095 = mul i64 %1094, 256
  %1096 = add i64 %1095, %1087
  %1097 = mul i64 %1096, 256
  %1098 = add i64 %1097, %i108
  %1099 = getelementptr float, ptr %646, i64 %1098
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop113

done111:                                          ; preds = %loop109
  %1100 = add i64 %i108, 16
  br label %loop105

loop113:                                          ; preds = %join118, %body110
  %i116 = phi i64 [ 0, %body110 ], [ %1133, %join118 ]
  %1101 = icmp slt i64 %i116, %batch
  br i1 %1101, label %body114, label %done115

body114:                                          ; preds = %loop113
  %1102 = mul i64 %i116, 2064
  %1103 = add i64 %1102, 1792
  %1104 = getelementptr float, ptr %dacts, i64 %1103
  %1105 = getelementptr float, ptr %1104, i64 %1085
  %1106 = load float, ptr %1105, align 4
  %1107 = fcmp une float %1106, 0.000000e+00
  br i1 %1107, label %then117, label %join118

done115:                                          ; preds = %loop113
  %1108 = insertelement <8 x float> undef, float %1092, i32 0
  %1109 = shufflevector <8 x float> %1108, <8 x float> undef, <8 x i32> zeroinitializer
  %1110 = getelementptr float, ptr %1099, i64 0
  %1111 = load <8 x float>, ptr %2, align 32
  %1112 = fmul <8 x float> %1111, %1109
  store <8 x float> %1112, ptr %1110, align 4
  %1113 = getelementptr float, ptr %1099, i64 8
  %1114 = load <8 x float>, ptr %1, align 32
  %1115 = fmul <8 x float> %1114, %1109
  store <8 x float> %1115, ptr %1113, align 4
  %1116 = add i64 %i112, 1
  br label %loop109

then117:                                          ; preds = %body114
  %1117 = mul i64 %i104, 256
  %1118 = add i64 %1117, %i108
  %1119 = mul i64 %i116, 2064
  %1120 = add i64 %1119, 1280
  %1121 = getelementptr float, ptr %acts, i64 %1120
  %1122 = getelementptr float, ptr %1121, i64 %1118
  %1123 = getelementptr float, ptr %1122, i64 0
  %1124 = load <8 x float>, ptr %1123, align 4
  %1125 = getelementptr float, ptr %1122, i64 8
  %1126 = load <8 x float>, ptr %1125, align 4
  %1127 = insertelement <8 x float> undef, float %1106, i32 0
  %1128 = shufflevector <8 x float> %1127, <8 x float> undef, <8 x i32> zeroinitializer
  %1129 = load <8 x float>, ptr %2, align 32
  %1130 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1128, <8 x float> %1124, <8 x float> %1129)
  store <8 x float> %1130, ptr %2, align 32
  %1131 = load <8 x float>, ptr %1, align 32
  %1132 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1128, <8 x float> %1126, <8 x float> %1131)
  store <8 x float> %1132, ptr %1, align 32
  br label %join118

join118:                                          ; preds = %then117, %body114
  %1133 = add i64 %i116, 1
  br label %loop113

then119:                                          ; preds = %done103
  %1134 = getelementptr float, ptr %grads, i64 132096
  br label %loop121

join120:                                          ; preds = %done135, %done103
  ret void

loop121:                                          ; preds = %body122, %then119
  %i124 = phi i64 [ 0, %then119 ], [ %1137, %body122 ]
  %1135 = icmp slt i64 %i124, 256
  br i1 %1135, label %body122, label %done123

body122:                                          ; preds = %loop121
  %1136 = getelementptr float, ptr %1134, i64 %i124
  store float 0.000000e+00, ptr %1136, align 4
  %1137 = add i64 %i124, 1
  br label %loop121

done123:                                          ; preds = %loop121
  br label %loop125

loop125:                                          ; preds = %done131, %done123
  %i128 = phi i64 [ 0, %done123 ], [ %1164, %done131 ]
  %1138 = icmp slt i64 %i128, %batch
  br i1 %1138, label %body126, label %done127

body126:                                          ; preds = %loop125
  br label %loop129

done127:                                          ; preds = %loop125
  store float 0.000000e+00, ptr %0, align 4
  br label %loop133

loop129:                                          ; preds = %body130, %body126
  %i132 = phi i64 [ 0, %body126 ], [ %1163, %body130 ]
  %1139 = icmp slt i64 %i132, 256
  br i1 %1139, label %body130, label %done131

body130:                                          ; preds = %loop129
  %1140 = getelementptr float, ptr %1134, i64 %i132
  %1141 = mul i64 %i128, 2064
  %1142 = add i64 %1141, 768
  %1143 = getelementptr float, ptr %acts, i64 %1142
  %1144 = getelementptr float, ptr %1143, i64 %i132
  %1145 = load float, ptr %1144, align 4
  %1146 = getelementptr float, ptr %params, i64 132096
  %1147 = getelementptr float, ptr %1146, i64 %i132
  %1148 = load float, ptr %1147, align 4
  %1149 = fsub float %1145, %1148
  %1150 = fcmp ole float %1149, 1.000000e+00
  %1151 = fcmp oge float %1149, -1.000000e+00
  %1152 = and i1 %1151, %1150
  %1153 = icmp slt i64 %i132, 256
  %1154 = and i1 %1152, %1153
  %1155 = mul i64 %i128, 2064
  %1156 = add i64 %1155, 1024
  %1157 = getelementptr float, ptr %dacts, i64 %1156
  %1158 = getelementptr float, ptr %1157, i64 %i132
  %1159 = load float, ptr %1158, align 4
  %1160 = select i1 %1154, float %1159, float 0.000000e+00
  %1161 = load float, ptr %1140, align 4
  %1162 = fsub float %1161, %1160
  store float %1162, ptr %1140, align 4
  %1163 = add i64 %i132, 1
  br label %loop129

done131:                                          ; preds = %loop129
  %1164 = add i64 %i128, 1
  br label %loop125

loop133:                                          ; preds = %done139, %done127
  %i136 = phi i64 [ 0, %done127 ], [ %1183, %done139 ]
  %1165 = icmp slt i64 %i136, %batch
  br i1 %1165, label %body134, label %done135

body134:                                          ; preds = %loop133
  br label %loop137

done135:                                          ; preds = %loop133
  %1166 = getelementptr float, ptr %params, i64 132352
  %1167 = load float, ptr %1166, align 4
  %1168 = fcmp ogt float %1167, 0.000000e+00
  %1169 = fneg float %1167
  %1170 = select i1 %1168, float %1169, float %1167
  %1171 = call float @llvm.exp.f32(float %1170)
  %1172 = fmul float 3.000000e+00, %1171
  %1173 = fadd float 1.000000e+00, %1172
  %1174 = fadd float %1171, 3.000000e+00
  %1175 = select i1 %1168, float %1173, float %1174
  %1176 = fmul float %1175, %1175
  %1177 = fmul float %1171, 4.000000e+00
  %1178 = fdiv float %1177, %1176
  %1179 = getelementptr float, ptr %grads, i64 132352
  %1180 = load float, ptr %0, align 4
  %1181 = fmul float %1180, %1178
  store float %1181, ptr %1179, align 4
  br label %join120

loop137:                                          ; preds = %done143, %body134
  %i140 = phi i64 [ 0, %body134 ], [ %1198, %done143 ]
  %1182 = icmp slt i64 %i140, 1
  br i1 %1182, label %body138, label %done139

body138:                                          ; preds = %loop137
  br label %loop141

done139:                                          ; preds = %loop137
  %1183 = add i64 %i136, 1
  br label %loop133

loop141:                                          ; preds = %done147, %body138
  %i144 = phi i64 [ 0, %body138 ], [ %1219, %done147 ]
  %1184 = icmp slt i64 %i144, 4
  br i1 %1184, label %body142, label %done143

body142:                                          ; preds = %loop141
  %1185 = mul i64 %i140, 256
  %1186 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i144
  %1187 = load i32, ptr %1186, align 4
  %1188 = sext i32 %1187 to i64
  %1189 = mul i64 %1188, 64
  %1190 = add i64 %1185, %1189
  %1191 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i144
  %1192 = load i32, ptr %1191, align 4
  %1193 = sext i32 %1192 to i64
  %1194 = mul i64 %1193, 64
  %1195 = add i64 %1185, %1194
  %1196 = mul i64 %i144, 64
  %1197 = add i64 %1185, %1196
  br label %loop145

done143:                                          ; preds = %loop141
  %1198 = add i64 %i140, 1
  br label %loop137

loop145:                                          ; preds = %body146, %body142
  %i148 = phi i64 [ 0, %body142 ], [ %1218, %body146 ]
  %1199 = icmp slt i64 %i148, 64
  br i1 %1199, label %body146, label %done147

body146:                                          ; preds = %loop145
  %1200 = add i64 %1195, %i148
  %1201 = add i64 %1190, %i148
  %1202 = add i64 %1197, %i148
  %1203 = mul i64 %i136, 2064
  %1204 = add i64 %1203, 1024
  %1205 = getelementptr float, ptr %acts, i64 %1204
  %1206 = getelementptr float, ptr %1205, i64 %1200
  %1207 = load float, ptr %1206, align 4
  %1208 = getelementptr float, ptr %1205, i64 %1201
  %1209 = load float, ptr %1208, align 4
  %1210 = fsub float %1209, %1207
  %1211 = mul i64 %i136, 2064
  %1212 = add i64 %1211, 1280
  %1213 = getelementptr float, ptr %dacts, i64 %1212
  %1214 = getelementptr float, ptr %1213, i64 %1202
  %1215 = load float, ptr %1214, align 4
  %1216 = load float, ptr %0, align 4
  %1217 = call float @llvm.fmuladd.f32(float %1215, float %1210, float %1216)
  store float %1217, ptr %0, align 4
  %1218 = add i64 %i148, 1
  br label %loop145

done147:                                          ; preds = %loop145
  %1219 = add i64 %i144, 1
  br label %loop141
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.vector.reduce.or.v8i1(<8 x i1>) #0

define void @eic_norm(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i32 %stage, i64 %u0, i64 %u1) {
entry:
  %0 = alloca <8 x float>, align 32
  %1 = alloca <8 x float>, align 32
  %2 = icmp eq i32 %stage, 3
  br i1 %2, label %then, label %join

then:                                             ; preds = %entry
  br label %loop

join:                                             ; preds = %done, %entry
  ret void

loop:                                             ; preds = %done7, %then
  %i = phi i64 [ %u0, %then ], [ %78, %done7 ]
  %3 = icmp slt i64 %i, %u1
  br i1 %3, label %body, label %done

body:                                             ; preds = %loop
  %4 = mul i64 %i, 8
  %5 = sitofp i64 %batch to float
  %6 = insertelement <8 x float> undef, float %5, i32 0
  %7 = shufflevector <8 x float> %6, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop1

done:                                             ; preds = %loop
  br label %join

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %16, %body2 ]
  %8 = icmp slt i64 %i4, %batch
  br i1 %8, label %body2, label %done3

body2:                                            ; preds = %loop1
  %9 = mul i64 %i4, 2064
  %10 = add i64 %9, 512
  %11 = getelementptr float, ptr %acts, i64 %10
  %12 = getelementptr float, ptr %11, i64 %4
  %13 = load <8 x float>, ptr %12, align 4
  %14 = load <8 x float>, ptr %1, align 32
  %15 = fadd <8 x float> %14, %13
  store <8 x float> %15, ptr %1, align 32
  %16 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %17 = load <8 x float>, ptr %1, align 32
  %18 = fdiv <8 x float> %17, %7
  store <8 x float> zeroinitializer, ptr %0, align 32
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %29, %body6 ]
  %19 = icmp slt i64 %i8, %batch
  br i1 %19, label %body6, label %done7

body6:                                            ; preds = %loop5
  %20 = mul i64 %i8, 2064
  %21 = add i64 %20, 512
  %22 = getelementptr float, ptr %acts, i64 %21
  %23 = getelementptr float, ptr %22, i64 %4
  %24 = load <8 x float>, ptr %23, align 4
  %25 = fsub <8 x float> %24, %18
  %26 = fmul <8 x float> %25, %25
  %27 = load <8 x float>, ptr %0, align 32
  %28 = fadd <8 x float> %27, %26
  store <8 x float> %28, ptr %0, align 32
  %29 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %30 = load <8 x float>, ptr %0, align 32
  %31 = fdiv <8 x float> %30, %7
  %32 = getelementptr float, ptr %params, i64 131072
  %33 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %31, <8 x float> zeroinitializer)
  %34 = fadd <8 x float> %33, <float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000>
  %35 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %34)
  %36 = getelementptr float, ptr %32, i64 0
  %37 = getelementptr float, ptr %36, i64 %4
  %38 = load <8 x float>, ptr %37, align 4
  %39 = fdiv <8 x float> %38, %35
  %40 = fmul <8 x float> %39, %18
  %41 = getelementptr float, ptr %32, i64 256
  %42 = getelementptr float, ptr %41, i64 %4
  %43 = load <8 x float>, ptr %42, align 4
  %44 = fsub <8 x float> %43, %40
  %45 = getelementptr float, ptr %gains, i64 0
  %46 = getelementptr float, ptr %45, i64 0
  %47 = getelementptr float, ptr %46, i64 %4
  store <8 x float> %39, ptr %47, align 4
  %48 = getelementptr float, ptr %gains, i64 0
  %49 = getelementptr float, ptr %48, i64 256
  %50 = getelementptr float, ptr %49, i64 %4
  store <8 x float> %44, ptr %50, align 4
  %51 = fadd <8 x float> %31, <float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000>
  %52 = getelementptr float, ptr %gains, i64 0
  %53 = getelementptr float, ptr %52, i64 512
  %54 = getelementptr float, ptr %53, i64 %4
  store <8 x float> %18, ptr %54, align 4
  %55 = getelementptr float, ptr %gains, i64 0
  %56 = getelementptr float, ptr %55, i64 768
  %57 = getelementptr float, ptr %56, i64 %4
  %58 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %51)
  %59 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %58
  store <8 x float> %59, ptr %57, align 4
  %60 = icmp sgt i64 %batch, 1
  %61 = fsub <8 x float> %7, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %62 = fmul <8 x float> %31, %7
  %63 = fdiv <8 x float> %62, %61
  %64 = select i1 %60, <8 x float> %63, <8 x float> %31
  %65 = getelementptr float, ptr %params, i64 131072
  %66 = getelementptr float, ptr %65, i64 512
  %67 = getelementptr float, ptr %66, i64 %4
  %68 = load <8 x float>, ptr %67, align 4
  %69 = fsub <8 x float> %18, %68
  %70 = fmul <8 x float> <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>, %69
  %71 = fadd <8 x float> %68, %70
  store <8 x float> %71, ptr %67, align 4
  %72 = getelementptr float, ptr %65, i64 768
  %73 = getelementptr float, ptr %72, i64 %4
  %74 = load <8 x float>, ptr %73, align 4
  %75 = fsub <8 x float> %64, %74
  %76 = fmul <8 x float> <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>, %75
  %77 = fadd <8 x float> %74, %76
  store <8 x float> %77, ptr %73, align 4
  %78 = add i64 %i, 1
  br label %loop
}

define void @eic_norm_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i32 %stage, i64 %u0, i64 %u1) {
entry:
  %0 = alloca <8 x float>, align 32
  %1 = alloca <8 x float>, align 32
  %2 = icmp eq i32 %stage, 3
  br i1 %2, label %then, label %join

then:                                             ; preds = %entry
  br label %loop

join:                                             ; preds = %done, %entry
  ret void

loop:                                             ; preds = %done11, %then
  %i = phi i64 [ %u0, %then ], [ %94, %done11 ]
  %3 = icmp slt i64 %i, %u1
  br i1 %3, label %body, label %done

body:                                             ; preds = %loop
  %4 = mul i64 %i, 8
  %5 = getelementptr float, ptr %gains, i64 0
  %6 = getelementptr float, ptr %5, i64 512
  %7 = getelementptr float, ptr %6, i64 %4
  %8 = load <8 x float>, ptr %7, align 4
  %9 = getelementptr float, ptr %gains, i64 0
  %10 = getelementptr float, ptr %9, i64 768
  %11 = getelementptr float, ptr %10, i64 %4
  %12 = load <8 x float>, ptr %11, align 4
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop1

done:                                             ; preds = %loop
  br label %join

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %27, %body2 ]
  %13 = icmp slt i64 %i4, %batch
  br i1 %13, label %body2, label %done3

body2:                                            ; preds = %loop1
  %14 = mul i64 %i4, 2064
  %15 = add i64 %14, 512
  %16 = getelementptr float, ptr %acts, i64 %15
  %17 = getelementptr float, ptr %16, i64 %4
  %18 = load <8 x float>, ptr %17, align 4
  %19 = fsub <8 x float> %18, %8
  %20 = mul i64 %i4, 2064
  %21 = add i64 %20, 768
  %22 = getelementptr float, ptr %dacts, i64 %21
  %23 = getelementptr float, ptr %22, i64 %4
  %24 = load <8 x float>, ptr %23, align 4
  %25 = load <8 x float>, ptr %1, align 32
  %26 = fadd <8 x float> %25, %24
  store <8 x float> %26, ptr %1, align 32
  %27 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %28 = load <8 x float>, ptr %1, align 32
  store <8 x float> zeroinitializer, ptr %0, align 32
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %45, %body6 ]
  %29 = icmp slt i64 %i8, %batch
  br i1 %29, label %body6, label %done7

body6:                                            ; preds = %loop5
  %30 = mul i64 %i8, 2064
  %31 = add i64 %30, 512
  %32 = getelementptr float, ptr %acts, i64 %31
  %33 = getelementptr float, ptr %32, i64 %4
  %34 = load <8 x float>, ptr %33, align 4
  %35 = fsub <8 x float> %34, %8
  %36 = mul i64 %i8, 2064
  %37 = add i64 %36, 768
  %38 = getelementptr float, ptr %dacts, i64 %37
  %39 = getelementptr float, ptr %38, i64 %4
  %40 = load <8 x float>, ptr %39, align 4
  %41 = fmul <8 x float> %35, %12
  %42 = fmul <8 x float> %40, %41
  %43 = load <8 x float>, ptr %0, align 32
  %44 = fadd <8 x float> %43, %42
  store <8 x float> %44, ptr %0, align 32
  %45 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %46 = load <8 x float>, ptr %0, align 32
  %47 = getelementptr float, ptr %grads, i64 131072
  %48 = getelementptr float, ptr %params, i64 131072
  %49 = getelementptr float, ptr %47, i64 0
  %50 = getelementptr float, ptr %49, i64 %4
  store <8 x float> %46, ptr %50, align 4
  %51 = getelementptr float, ptr %47, i64 256
  %52 = getelementptr float, ptr %51, i64 %4
  store <8 x float> %28, ptr %52, align 4
  %53 = getelementptr float, ptr %47, i64 512
  %54 = getelementptr float, ptr %53, i64 %4
  store <8 x float> zeroinitializer, ptr %54, align 4
  %55 = getelementptr float, ptr %47, i64 768
  %56 = getelementptr float, ptr %55, i64 %4
  store <8 x float> zeroinitializer, ptr %56, align 4
  %57 = sitofp i64 %batch to float
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %59 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = getelementptr float, ptr %48, i64 0
  %61 = getelementptr float, ptr %60, i64 %4
  %62 = load <8 x float>, ptr %61, align 4
  %63 = fmul <8 x float> %62, %12
  %64 = fdiv <8 x float> %63, %59
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %93, %body10 ]
  %65 = icmp slt i64 %i12, %batch
  br i1 %65, label %body10, label %done11

body10:                                           ; preds = %loop9
  %66 = mul i64 %i12, 2064
  %67 = add i64 %66, 512
  %68 = getelementptr float, ptr %acts, i64 %67
  %69 = getelementptr float, ptr %68, i64 %4
  %70 = load <8 x float>, ptr %69, align 4
  %71 = fsub <8 x float> %70, %8
  %72 = fmul <8 x float> %71, %12
  %73 = mul i64 %i12, 2064
  %74 = add i64 %73, 512
  %75 = getelementptr float, ptr %acts, i64 %74
  %76 = getelementptr float, ptr %75, i64 %4
  %77 = load <8 x float>, ptr %76, align 4
  %78 = fsub <8 x float> %77, %8
  %79 = mul i64 %i12, 2064
  %80 = add i64 %79, 768
  %81 = getelementptr float, ptr %dacts, i64 %80
  %82 = getelementptr float, ptr %81, i64 %4
  %83 = load <8 x float>, ptr %82, align 4
  %84 = fmul <8 x float> %59, %83
  %85 = fsub <8 x float> %84, %28
  %86 = fmul <8 x float> %72, %46
  %87 = fsub <8 x float> %85, %86
  %88 = mul i64 %i12, 2064
  %89 = add i64 %88, 512
  %90 = getelementptr float, ptr %dacts, i64 %89
  %91 = getelementptr float, ptr %90, i64 %4
  %92 = fmul <8 x float> %64, %87
  store <8 x float> %92, ptr %91, align 4
  %93 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %94 = add i64 %i, 1
  br label %loop
}

define void @eic_adam(ptr %params, ptr %grads, ptr %m, ptr %v, float %lr, float %beta1, float %beta2, float %eps, float %bc1, float %bc2, i64 %e0, i64 %e1, float %wd) {
entry:
  %0 = icmp sgt i64 %e0, 0
  %1 = select i1 %0, i64 %e0, i64 0
  %2 = icmp slt i64 %e1, 65536
  %3 = select i1 %2, i64 %e1, i64 65536
  %4 = icmp slt i64 %3, %1
  %5 = select i1 %4, i64 %1, i64 %3
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ %1, %entry ], [ %34, %body ]
  %6 = icmp slt i64 %i, %5
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = getelementptr float, ptr %grads, i64 %i
  %8 = load float, ptr %7, align 4
  %9 = getelementptr float, ptr %m, i64 %i
  %10 = getelementptr float, ptr %v, i64 %i
  %11 = getelementptr float, ptr %params, i64 %i
  %12 = fsub float 1.000000e+00, %beta1
  %13 = fmul float %12, %8
  %14 = load float, ptr %9, align 4
  %15 = fmul float %beta1, %14
  %16 = fadd float %15, %13
  %17 = fmul float %8, %8
  %18 = fsub float 1.000000e+00, %beta2
  %19 = fmul float %18, %17
  %20 = load float, ptr %10, align 4
  %21 = fmul float %beta2, %20
  %22 = fadd float %21, %19
  store float %16, ptr %9, align 4
  store float %22, ptr %10, align 4
  %23 = fdiv float %16, %bc1
  %24 = fdiv float %22, %bc2
  %25 = call float @llvm.sqrt.f32(float %24)
  %26 = fadd float %25, %eps
  %27 = fmul float %lr, %23
  %28 = fdiv float %27, %26
  %29 = load float, ptr %11, align 4
  %30 = fsub float %29, %28
  %31 = fmul float %lr, %wd
  %32 = fmul float %31, %29
  %33 = fsub float %30, %32
  store float %33, ptr %11, align 4
  %34 = add i64 %i, 1
  br label %loop

done:                                             ; preds = %loop
  %35 = icmp sgt i64 %e0, 65536
  %36 = select i1 %35, i64 %e0, i64 65536
  %37 = icmp slt i64 %e1, 131072
  %38 = select i1 %37, i64 %e1, i64 131072
  %39 = icmp slt i64 %38, %36
  %40 = select i1 %39, i64 %36, i64 %38
  br label %loop1

loop1:                                            ; preds = %body2, %done
  %i4 = phi i64 [ %36, %done ], [ %69, %body2 ]
  %41 = icmp slt i64 %i4, %40
  br i1 %41, label %body2, label %done3

body2:                                            ; preds = %loop1
  %42 = getelementptr float, ptr %grads, i64 %i4
  %43 = load float, ptr %42, align 4
  %44 = getelementptr float, ptr %m, i64 %i4
  %45 = getelementptr float, ptr %v, i64 %i4
  %46 = getelementptr float, ptr %params, i64 %i4
  %47 = fsub float 1.000000e+00, %beta1
  %48 = fmul float %47, %43
  %49 = load float, ptr %44, align 4
  %50 = fmul float %beta1, %49
  %51 = fadd float %50, %48
  %52 = fmul float %43, %43
  %53 = fsub float 1.000000e+00, %beta2
  %54 = fmul float %53, %52
  %55 = load float, ptr %45, align 4
  %56 = fmul float %beta2, %55
  %57 = fadd float %56, %54
  store float %51, ptr %44, align 4
  store float %57, ptr %45, align 4
  %58 = fdiv float %51, %bc1
  %59 = fdiv float %57, %bc2
  %60 = call float @llvm.sqrt.f32(float %59)
  %61 = fadd float %60, %eps
  %62 = fmul float %lr, %58
  %63 = fdiv float %62, %61
  %64 = load float, ptr %46, align 4
  %65 = fsub float %64, %63
  %66 = fmul float %lr, %wd
  %67 = fmul float %66, %64
  %68 = fsub float %65, %67
  store float %68, ptr %46, align 4
  %69 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %70 = icmp sgt i64 %e0, 131072
  %71 = select i1 %70, i64 %e0, i64 131072
  %72 = icmp slt i64 %e1, 132096
  %73 = select i1 %72, i64 %e1, i64 132096
  %74 = icmp slt i64 %73, %71
  %75 = select i1 %74, i64 %71, i64 %73
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ %71, %done3 ], [ %101, %body6 ]
  %76 = icmp slt i64 %i8, %75
  br i1 %76, label %body6, label %done7

body6:                                            ; preds = %loop5
  %77 = getelementptr float, ptr %grads, i64 %i8
  %78 = load float, ptr %77, align 4
  %79 = getelementptr float, ptr %m, i64 %i8
  %80 = getelementptr float, ptr %v, i64 %i8
  %81 = getelementptr float, ptr %params, i64 %i8
  %82 = fsub float 1.000000e+00, %beta1
  %83 = fmul float %82, %78
  %84 = load float, ptr %79, align 4
  %85 = fmul float %beta1, %84
  %86 = fadd float %85, %83
  %87 = fmul float %78, %78
  %88 = fsub float 1.000000e+00, %beta2
  %89 = fmul float %88, %87
  %90 = load float, ptr %80, align 4
  %91 = fmul float %beta2, %90
  %92 = fadd float %91, %89
  store float %86, ptr %79, align 4
  store float %92, ptr %80, align 4
  %93 = fdiv float %86, %bc1
  %94 = fdiv float %92, %bc2
  %95 = call float @llvm.sqrt.f32(float %94)
  %96 = fadd float %95, %eps
  %97 = fmul float %lr, %93
  %98 = fdiv float %97, %96
  %99 = load float, ptr %81, align 4
  %100 = fsub float %99, %98
  store float %100, ptr %81, align 4
  %101 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %102 = icmp sgt i64 %e0, 132096
  %103 = select i1 %102, i64 %e0, i64 132096
  %104 = icmp slt i64 %e1, 132352
  %105 = select i1 %104, i64 %e1, i64 132352
  %106 = icmp slt i64 %105, %103
  %107 = select i1 %106, i64 %103, i64 %105
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ %103, %done7 ], [ %133, %body10 ]
  %108 = icmp slt i64 %i12, %107
  br i1 %108, label %body10, label %done11

body10:                                           ; preds = %loop9
  %109 = getelementptr float, ptr %grads, i64 %i12
  %110 = load float, ptr %109, align 4
  %111 = getelementptr float, ptr %m, i64 %i12
  %112 = getelementptr float, ptr %v, i64 %i12
  %113 = getelementptr float, ptr %params, i64 %i12
  %114 = fsub float 1.000000e+00, %beta1
  %115 = fmul float %114, %110
  %116 = load float, ptr %111, align 4
  %117 = fmul float %beta1, %116
  %118 = fadd float %117, %115
  %119 = fmul float %110, %110
  %120 = fsub float 1.000000e+00, %beta2
  %121 = fmul float %120, %119
  %122 = load float, ptr %112, align 4
  %123 = fmul float %beta2, %122
  %124 = fadd float %123, %121
  store float %118, ptr %111, align 4
  store float %124, ptr %112, align 4
  %125 = fdiv float %118, %bc1
  %126 = fdiv float %124, %bc2
  %127 = call float @llvm.sqrt.f32(float %126)
  %128 = fadd float %127, %eps
  %129 = fmul float %lr, %125
  %130 = fdiv float %129, %128
  %131 = load float, ptr %113, align 4
  %132 = fsub float %131, %130
  store float %132, ptr %113, align 4
  %133 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %134 = icmp sgt i64 %e0, 132352
  %135 = select i1 %134, i64 %e0, i64 132352
  %136 = icmp slt i64 %e1, 132353
  %137 = select i1 %136, i64 %e1, i64 132353
  %138 = icmp slt i64 %137, %135
  %139 = select i1 %138, i64 %135, i64 %137
  br label %loop13

loop13:                                           ; preds = %body14, %done11
  %i16 = phi i64 [ %135, %done11 ], [ %165, %body14 ]
  %140 = icmp slt i64 %i16, %139
  br i1 %140, label %body14, label %done15

body14:                                           ; preds = %loop13
  %141 = getelementptr float, ptr %grads, i64 %i16
  %142 = load float, ptr %141, align 4
  %143 = getelementptr float, ptr %m, i64 %i16
  %144 = getelementptr float, ptr %v, i64 %i16
  %145 = getelementptr float, ptr %params, i64 %i16
  %146 = fsub float 1.000000e+00, %beta1
  %147 = fmul float %146, %142
  %148 = load float, ptr %143, align 4
  %149 = fmul float %beta1, %148
  %150 = fadd float %149, %147
  %151 = fmul float %142, %142
  %152 = fsub float 1.000000e+00, %beta2
  %153 = fmul float %152, %151
  %154 = load float, ptr %144, align 4
  %155 = fmul float %beta2, %154
  %156 = fadd float %155, %153
  store float %150, ptr %143, align 4
  store float %156, ptr %144, align 4
  %157 = fdiv float %150, %bc1
  %158 = fdiv float %156, %bc2
  %159 = call float @llvm.sqrt.f32(float %158)
  %160 = fadd float %159, %eps
  %161 = fmul float %lr, %157
  %162 = fdiv float %161, %160
  %163 = load float, ptr %145, align 4
  %164 = fsub float %163, %162
  store float %164, ptr %145, align 4
  %165 = add i64 %i16, 1
  br label %loop13

done15:                                           ; preds = %loop13
  %166 = icmp sgt i64 %e0, 132368
  %167 = select i1 %166, i64 %e0, i64 132368
  %168 = icmp slt i64 %e1, 197904
  %169 = select i1 %168, i64 %e1, i64 197904
  %170 = icmp slt i64 %169, %167
  %171 = select i1 %170, i64 %167, i64 %169
  br label %loop17

loop17:                                           ; preds = %body18, %done15
  %i20 = phi i64 [ %167, %done15 ], [ %200, %body18 ]
  %172 = icmp slt i64 %i20, %171
  br i1 %172, label %body18, label %done19

body18:                                           ; preds = %loop17
  %173 = getelementptr float, ptr %grads, i64 %i20
  %174 = load float, ptr %173, align 4
  %175 = getelementptr float, ptr %m, i64 %i20
  %176 = getelementptr float, ptr %v, i64 %i20
  %177 = getelementptr float, ptr %params, i64 %i20
  %178 = fsub float 1.000000e+00, %beta1
  %179 = fmul float %178, %174
  %180 = load float, ptr %175, align 4
  %181 = fmul float %beta1, %180
  %182 = fadd float %181, %179
  %183 = fmul float %174, %174
  %184 = fsub float 1.000000e+00, %beta2
  %185 = fmul float %184, %183
  %186 = load float, ptr %176, align 4
  %187 = fmul float %beta2, %186
  %188 = fadd float %187, %185
  store float %182, ptr %175, align 4
  store float %188, ptr %176, align 4
  %189 = fdiv float %182, %bc1
  %190 = fdiv float %188, %bc2
  %191 = call float @llvm.sqrt.f32(float %190)
  %192 = fadd float %191, %eps
  %193 = fmul float %lr, %189
  %194 = fdiv float %193, %192
  %195 = load float, ptr %177, align 4
  %196 = fsub float %195, %194
  %197 = fmul float %lr, %wd
  %198 = fmul float %197, %195
  %199 = fsub float %196, %198
  store float %199, ptr %177, align 4
  %200 = add i64 %i20, 1
  br label %loop17

done19:                                           ; preds = %loop17
  %201 = icmp sgt i64 %e0, 197904
  %202 = select i1 %201, i64 %e0, i64 197904
  %203 = icmp slt i64 %e1, 263440
  %204 = select i1 %203, i64 %e1, i64 263440
  %205 = icmp slt i64 %204, %202
  %206 = select i1 %205, i64 %202, i64 %204
  br label %loop21

loop21:                                           ; preds = %body22, %done19
  %i24 = phi i64 [ %202, %done19 ], [ %235, %body22 ]
  %207 = icmp slt i64 %i24, %206
  br i1 %207, label %body22, label %done23

body22:                                           ; preds = %loop21
  %208 = getelementptr float, ptr %grads, i64 %i24
  %209 = load float, ptr %208, align 4
  %210 = getelementptr float, ptr %m, i64 %i24
  %211 = getelementptr float, ptr %v, i64 %i24
  %212 = getelementptr float, ptr %params, i64 %i24
  %213 = fsub float 1.000000e+00, %beta1
  %214 = fmul float %213, %209
  %215 = load float, ptr %210, align 4
  %216 = fmul float %beta1, %215
  %217 = fadd float %216, %214
  %218 = fmul float %209, %209
  %219 = fsub float 1.000000e+00, %beta2
  %220 = fmul float %219, %218
  %221 = load float, ptr %211, align 4
  %222 = fmul float %beta2, %221
  %223 = fadd float %222, %220
  store float %217, ptr %210, align 4
  store float %223, ptr %211, align 4
  %224 = fdiv float %217, %bc1
  %225 = fdiv float %223, %bc2
  %226 = call float @llvm.sqrt.f32(float %225)
  %227 = fadd float %226, %eps
  %228 = fmul float %lr, %224
  %229 = fdiv float %228, %227
  %230 = load float, ptr %212, align 4
  %231 = fsub float %230, %229
  %232 = fmul float %lr, %wd
  %233 = fmul float %232, %230
  %234 = fsub float %231, %233
  store float %234, ptr %212, align 4
  %235 = add i64 %i24, 1
  br label %loop21

done23:                                           ; preds = %loop21
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
